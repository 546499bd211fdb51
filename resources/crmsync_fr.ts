<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/about.py" line="+27"/>
        <source>About CRM Sync</source>
        <translation>À propos de CRM Sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;CRM Sync&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CRM Sync&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the contacts of your CRM and of Google Contacts in two-way sync.

Your profile folder: {home}</source>
        <translation>Synchronise dans les deux sens les contacts de votre CRM et vos Contacts Google.

Votre dossier de profil&#xa0;: {home}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open logs folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logs folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file manager could open it. The logs are in:</source>
        <translation>Aucun gestionnaire de fichiers n’a pu l’ouvrir. Les journaux sont dans&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/account_dialog.py" line="+42"/>
        <source>Google account</source>
        <translation>Compte Google</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each Google account keeps its own sync state: another account starts its own first sync with the CRM, and coming back to this one later finds it as you left it.</source>
        <translation>Chaque compte Google garde son propre état de synchronisation&#xa0;: un autre compte commence sa propre première synchronisation avec le CRM, et revenir plus tard à celui-ci le retrouve tel que vous l’avez laissé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not signed in to Google: nothing is synced until you sign in.</source>
        <translation>Non connecté à Google&#xa0;: rien n’est synchronisé tant que vous ne vous connectez pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google account: &lt;b&gt;{email}&lt;/b&gt;</source>
        <translation>Compte Google&#xa0;: &lt;b&gt;{email}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign out?</source>
        <translation>Se déconnecter&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of {email}?</source>
        <translation>Se déconnecter de {email}&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM Sync stops syncing until you sign in again, and Google forgets its permission. Your contacts stay as they are, in the CRM and in Google.</source>
        <translation>CRM Sync arrête de synchroniser jusqu’à ce que vous vous reconnectiez, et Google oublie son autorisation. Vos contacts restent tels quels, dans le CRM et dans Google.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Google could not be reached to withdraw the permission: withdraw it in your Google account&apos;s security settings if you want it gone there too.</source>
        <translation>Google n’a pas pu être joint pour retirer l’autorisation&#xa0;: retirez-la dans les paramètres de sécurité de votre compte Google si vous voulez qu’elle disparaisse aussi là-bas.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../crmsync_gui/ui/account_menu.py" line="+30"/>
        <location line="+37"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>S&amp;witch account…</source>
        <translation>&amp;Changer de compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each Google account keeps its own sync state</source>
        <translation>Chaque compte Google garde son propre état de synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{email}: sign-in lost</source>
        <translation>{email}&#xa0;: connexion perdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as {email}</source>
        <translation>Connecté en tant que {email}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Se reconnecter…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>You are not signed in to Google. The contact book works without it; sign in to sync it with your phone.</source>
        <translation>Vous n’êtes pas connecté à Google. Le carnet de contacts fonctionne sans&#xa0;; connectez-vous pour le synchroniser avec votre téléphone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts this computer&apos;s sign-in (it was withdrawn, it expired, or it could not be kept). Sign in again: nothing is lost, the sync continues where it was.</source>
        <translation>Google n’accepte plus la connexion de cet ordinateur (elle a été retirée, elle a expiré, ou elle n’a pas pu être gardée). Reconnectez-vous&#xa0;: rien n’est perdu, la synchronisation reprend où elle en était.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../crmsync_gui/ui/app.py" line="+365"/>
        <source>CRM Sync cannot start</source>
        <translation>CRM Sync ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/backups_dialog.py" line="+95"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup of both sides is made before the first sync and before any sync that deletes contacts.</source>
        <translation>Une sauvegarde des deux côtés est faite avant la première synchronisation et avant toute synchronisation qui supprime des contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM contacts</source>
        <translation>Contacts CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google contacts</source>
        <translation>Contacts Google</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the CRM database and the Google contacts</source>
        <translation>la base CRM et les contacts Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CRM database</source>
        <translation>la base CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Google contacts</source>
        <translation>les contacts Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back {what} as they were on {when}?</source>
        <translation>Remettre {what} dans l’état du {when}&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes made since then on that side are replaced. The CRM database as it is now is backed up first.</source>
        <translation>Les modifications faites depuis de ce côté seront remplacées. La base CRM actuelle est d’abord sauvegardée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup of {when} is restored.</source>
        <translation>La sauvegarde du {when} a été restaurée.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The CRM database is back to %Ln contact(s); the one you had is kept as the backup of {when}.</source>
        <translation>
            <numerusform>La base CRM est revenue à %Ln contact&#xa0;; celle que vous aviez est gardée comme la sauvegarde du {when}.</numerusform>
            <numerusform>La base CRM est revenue à %Ln contacts&#xa0;; celle que vous aviez est gardée comme la sauvegarde du {when}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google: {created}, {reverted}.</source>
        <translation>Google&#xa0;: {created}, {reverted}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) created again</source>
        <translation>
            <numerusform>%n contact recréé</numerusform>
            <numerusform>%n contacts recréés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n put back as it was</source>
        <translation>
            <numerusform>%n remis comme il était</numerusform>
            <numerusform>%n remis comme ils étaient</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../crmsync_gui/ui/change_model.py" line="+134"/>
        <source>Sync</source>
        <translation>Incl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>your choice (conflict)</source>
        <translation>à vous de choisir (conflit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} (conflict)</source>
        <translation>{action} (conflit)</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../crmsync_gui/ui/companies_page.py" line="+43"/>
        <source>Search the companies</source>
        <translation>Rechercher dans les sociétés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New company…</source>
        <translation>Nouvelle société…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Choose a company to see its contacts.</source>
        <translation>Choisissez une société pour voir ses contacts.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact(s) at {name}</source>
        <translation>
            <numerusform>%n contact chez {name}</numerusform>
            <numerusform>%n contacts chez {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New company</source>
        <translation>Nouvelle société</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rename the company</source>
        <translation>Renommer la société</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) lose their company in Google at the next sync. Unlink them and delete the company?</source>
        <translation>
            <numerusform>%n contact perd sa société dans Google à la prochaine synchronisation. Le dissocier et supprimer la société&#xa0;?</numerusform>
            <numerusform>%n contacts perdent leur société dans Google à la prochaine synchronisation. Les dissocier et supprimer la société&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyLinks</name>
    <message>
        <location filename="../crmsync_gui/ui/company_links.py" line="+51"/>
        <source>Add a company…</source>
        <translation>Ajouter une société…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make primary</source>
        <translation>En faire la principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, job title and professional phone, mobile and email are the ones sent to Google.</source>
        <translation>Son nom, la fonction et le téléphone, le mobile et l’email professionnels sont ceux envoyés à Google.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this company</source>
        <translation>Quitter cette société</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Google keeps one company per contact: the primary one. The others stay in the CRM.</source>
        <translation>Google garde une société par contact&#xa0;: la principale. Les autres restent dans le CRM.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a company</source>
        <translation>Ajouter une société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company (choose one, or type the name of a new one):</source>
        <translation>Société (choisissez-en une, ou tapez le nom d’une nouvelle)&#xa0;:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{name} (new company)</source>
        <translation>{name} (nouvelle société)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — primary</source>
        <translation>{name} — principale</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../crmsync_gui/ui/contact_actions.py" line="+31"/>
        <source>{name} will not be synced any more.</source>
        <translation>{name} ne sera plus synchronisé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the CRM and Google contacts are no longer linked.</source>
        <translation>{name}&#xa0;: les contacts CRM et Google ne sont plus associés.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../crmsync_gui/ui/contact_editor.py" line="+60"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>Tél. fixe perso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>Mobile perso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail perso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>Adresse personnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work phone</source>
        <translation>Tél. fixe pro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work mobile</source>
        <translation>Mobile pro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work email</source>
        <translation>E-mail pro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comma-separated, e.g. VIP, Salon 2025</source>
        <translation>Séparés par des virgules, p. ex. VIP, Salon 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From Google</source>
        <translation>Depuis Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync keeps this block: Google&apos;s professional values that the CRM fields above do not hold. Change them in Google, or in the fields above.</source>
        <translation>La synchronisation tient ce bloc à jour&#xa0;: les valeurs professionnelles de Google que les champs ci-dessus ne contiennent pas. Modifiez-les dans Google, ou dans les champs ci-dessus.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>read as {number}</source>
        <translation>lu comme {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ not read as a phone number: synced as typed</source>
        <translation>⚠ pas lu comme un numéro&#xa0;: synchronisé tel quel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{value} is not an email address (something@domain).</source>
        <translation>{value} n’est pas une adresse e-mail (quelquechose@domaine).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the contact at least a name, an email or a mobile.</source>
        <translation>Donnez au contact au moins un nom, un e-mail ou un mobile.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../crmsync_gui/ui/contacts_model.py" line="+54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sync status</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../crmsync_gui/ui/contacts_page.py" line="+92"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out of this sync</source>
        <translation>écarté de cette synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>possible match</source>
        <translation>correspondance possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped duplicate</source>
        <translation>doublon écarté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held back</source>
        <translation>retenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synced by choice</source>
        <translation>non synchronisé (votre choix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept after a Google deletion</source>
        <translation>gardé après une suppression dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed on both sides: choose the value to keep on the Sync page.</source>
        <translation>Modifié des deux côtés&#xa0;: choisissez la valeur à garder dans la page Synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next sync writes its changes.</source>
        <translation>La prochaine synchronisation enregistrera ses modifications.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has changes, but you left them out of the next sync.</source>
        <translation>Il a des modifications, mais vous les avez écartées de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may be a Google contact already: link them or keep them apart on the Sync page.</source>
        <translation>C’est peut-être déjà un contact Google&#xa0;: associez-les ou gardez-les séparés dans la page Synchronisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You chose never to sync it: syncs leave it alone.</source>
        <translation>Vous avez choisi de ne jamais le synchroniser&#xa0;: les synchronisations n’y touchent pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its Google copy was deleted: it is kept here and no longer sent to Google.</source>
        <translation>Sa copie Google a été supprimée&#xa0;: il est gardé ici et n’est plus envoyé à Google.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to sync.</source>
        <translation>Rien à synchroniser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no Google contact yet: the next preview says what the sync will do.</source>
        <translation>Il n’a pas encore de contact Google&#xa0;: le prochain aperçu dira ce que fera la synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted: the next sync deletes its Google copy too, unless it was changed in Google since (a backup is made first). Restore brings it back.</source>
        <translation>Supprimé&#xa0;: la prochaine synchronisation supprime aussi sa copie Google, sauf si elle a été modifiée dans Google depuis (une sauvegarde est faite avant). Restaurer le fait revenir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name, email, phone, company, city, tag or note (Ctrl+F)</source>
        <translation>Rechercher par nom, e-mail, téléphone, société, ville, centre d’intérêt ou note (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+128"/>
        <source>Every tag</source>
        <translation>Tous les centres d’intérêt</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link…</source>
        <translation>Associer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is a Google contact already: sync them together</source>
        <translation>C’est déjà un contact Google&#xa0;: les synchroniser ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>It shares its email with another contact: it is not synced until that changes.</source>
        <translation>Il partage son adresse e-mail avec un autre contact&#xa0;: il n’est pas synchronisé tant que cela ne change pas.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>in the trash</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sync holds it back.</source>
        <translation>La synchronisation le retient.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sync state cannot be read now (not signed in, or a problem the Sync page shows): where it stands is not known.</source>
        <translation>L’état de synchronisation ne peut pas être lu pour l’instant (pas de connexion à Google, ou un problème que montre la page Synchronisation)&#xa0;: on ne sait pas où il en est.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename this tag on every contact; its Google label follows at the next sync</source>
        <translation>Renommer ce centre d’intérêt sur tous les contacts&#xa0;; son libellé Google suit à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contact to the CRM (Ctrl+N)</source>
        <translation>Ajouter un contact au CRM (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not the same person: neither is synced with the other again</source>
        <translation>Pas la même personne&#xa0;: ils ne seront plus synchronisés l’un avec l’autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To the trash (the Delete key): it can be restored from there</source>
        <translation>Dans la corbeille (touche Suppr)&#xa0;: il peut y être restauré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync this contact</source>
        <translation>Synchroniser ce contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync this contact alone, now</source>
        <translation>Synchroniser ce contact seul, maintenant</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of {total} contact(s)</source>
        <translation>
            <numerusform>%Ln contact sur {total}</numerusform>
            <numerusform>%Ln contacts sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a contact to see it here.</source>
        <translation>Choisissez un contact pour le voir ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its Google side is not known now.</source>
        <translation>Son côté Google n’est pas connu pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked to a Google contact.</source>
        <translation>Associé à aucun contact Google.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to a Google contact · last sync {when}</source>
        <translation>Associé à un contact Google · dernière synchronisation {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked to a Google contact.</source>
        <translation>Associé à un contact Google.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in Google Contacts</source>
        <translation>Ouvrir dans Google Contacts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync again</source>
        <translation>Synchroniser à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never sync</source>
        <translation>Ne jamais synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take it back into the sync</source>
        <translation>Le reprendre dans la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this contact out of every sync</source>
        <translation>Écarter ce contact de toutes les synchronisations</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A preview or a sync is running: save again in a moment (nothing is lost while the editor is open).</source>
        <translation>Un aperçu ou une synchronisation est en cours&#xa0;: enregistrez de nouveau dans un instant (rien n’est perdu tant que l’éditeur est ouvert).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. The next sync takes it to Google.</source>
        <translation>Enregistré. La prochaine synchronisation l’envoie à Google.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same email</source>
        <translation>Même e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already has this email.</source>
        <translation>{name} a déjà cette adresse e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restauré.</numerusform>
            <numerusform>%n contacts restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) moved to the trash (see the status filter).</source>
        <translation>
            <numerusform>%n contact mis à la corbeille (voir le filtre des états).</numerusform>
            <numerusform>%n contacts mis à la corbeille (voir le filtre des états).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename a tag</source>
        <translation>Renommer un centre d’intérêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of the tag {tag} (on every contact, and its Google label at the next sync):</source>
        <translation>Nouveau nom du centre d’intérêt {tag} (sur tous les contacts, et son libellé Google à la prochaine synchronisation)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Tag {old} renamed {new} on %n contact(s).</source>
        <translation>
            <numerusform>Centre d’intérêt {old} renommé {new} sur %n contact.</numerusform>
            <numerusform>Centre d’intérêt {old} renommé {new} sur %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in to Google: its label is not renamed.</source>
        <translation>Pas de connexion à Google&#xa0;: son libellé n’est pas renommé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} needs your choice first, on the Sync page.</source>
        <translation>{name} attend d’abord votre choix, dans la page Synchronisation.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is back in the sync.</source>
        <translation>{name} est de nouveau synchronisé.</translation>
    </message>
</context>
<context>
    <name>CrmFiles</name>
    <message>
        <location filename="../crmsync_gui/ui/crm_files.py" line="+29"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New CRM database…</source>
        <translation>&amp;Nouvelle base CRM…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open CRM database…</source>
        <translation>&amp;Ouvrir une base CRM…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CRMSYNC_CRM_DB environment variable chooses the CRM database</source>
        <translation>La variable d’environnement CRMSYNC_CRM_DB choisit la base CRM</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another CRM database</source>
        <translation>Une autre base CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each CRM database has its own sync state: the first sync of another one matches its contacts with Google again by email (nobody is duplicated), and this one&apos;s history stays with it. Go on?</source>
        <translation>Chaque base CRM a son propre état de synchronisation&#xa0;: la première synchronisation d’une autre base associe de nouveau ses contacts à Google par leur e-mail (personne n’est dupliqué), et l’historique de celle-ci reste avec elle. Continuer&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New CRM database</source>
        <translation>Nouvelle base CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open CRM database</source>
        <translation>Ouvrir une base CRM</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n contact(s) exported to {path}.</source>
        <translation>
            <numerusform>%n contact exporté vers {path}.</numerusform>
            <numerusform>%n contacts exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Now using the CRM database {path} (%n contact(s)).</source>
        <translation>
            <numerusform>Base CRM utilisée désormais&#xa0;: {path} (%n contact).</numerusform>
            <numerusform>Base CRM utilisée désormais&#xa0;: {path} (%n contacts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n restored from the trash</source>
        <translation>
            <numerusform>%n restauré depuis la corbeille</numerusform>
            <numerusform>%n restaurés depuis la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n companies created</source>
        <translation>
            <numerusform>%n société créée</numerusform>
            <numerusform>%n sociétés créées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {counts}.</source>
        <translation>{file}&#xa0;: {counts}.</translation>
    </message>
</context>
<context>
    <name>CrmPage</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="+158"/>
        <source>Your CRM database</source>
        <translation>Votre base CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM Sync keeps your contacts in a CRM database file. Start a new one, open the one you have, or import your contacts from a spreadsheet (CSV).</source>
        <translation>CRM Sync conserve vos contacts dans un fichier de base CRM. Créez-en une nouvelle, ouvrez celle que vous avez déjà ou importez vos contacts depuis un tableur (CSV).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new, empty CRM database</source>
        <translation>Créer une nouvelle base CRM vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing CRM database</source>
        <translation>Ouvrir une base CRM existante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV file (into a new database, or the existing one)</source>
        <translation>Importer un fichier CSV (dans une nouvelle base ou dans la base existante)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CRM database</source>
        <translation>Base CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM database (*.sqlite3 *.sqlite *.db)</source>
        <translation>Base CRM (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try the demo first…</source>
        <translation>Essayer d’abord la démo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample contacts and a stand-in for Google, in a profile of their own: nothing here is touched. Closing the demo brings you back to this setup.</source>
        <translation>Des contacts d’exemple et une doublure de Google, dans un profil à part&#xa0;: rien n’est touché ici. Fermer la démo vous ramène à cette configuration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database file:</source>
        <translation>Fichier de la base&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file:</source>
        <translation>Fichier CSV&#xa0;:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening…</source>
        <translation>Ouverture en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln contact(s) in {path}.</source>
        <translation>
            <numerusform>%Ln contact dans {path}.</numerusform>
            <numerusform>%Ln contacts dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: {created}, {updated}. </source>
        <translation>Importés&#xa0;: {created}, {updated}. </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../crmsync_gui/ui/detail_pane.py" line="+54"/>
        <source>Select a contact to see what would change.</source>
        <translation>Sélectionnez un contact pour voir ce qui changerait.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CRM → Google</source>
        <translation>CRM → Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google → CRM</source>
        <translation>Google → CRM</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stays in Google as it is</source>
        <translation>Reste dans Google tel quel</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Possible match</source>
        <translation>Correspondance possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} (in the note)</source>
        <translation>{field} (dans la note)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Conflict: {field}</source>
        <translation>Conflit&#xa0;: {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the CRM value</source>
        <translation>Garder la valeur du CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Google value</source>
        <translation>Garder la valeur de Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice}: {value}</source>
        <translation>{choice}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed {when}</source>
        <translation>Modifié le {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced until you choose.</source>
        <translation>Non synchronisé tant que vous n’avez pas choisi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted in Google</source>
        <translation>Supprimé dans Google</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it in the CRM (no longer synced)</source>
        <translation>Le garder dans le CRM (il ne sera plus synchronisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it in the CRM too</source>
        <translation>Le supprimer aussi dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it back to Google</source>
        <translation>Le remettre dans Google</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExporter</name>
    <message>
        <location filename="../crmsync_gui/ui/diagnostics_export.py" line="+32"/>
        <source>Where to save the diagnostics file</source>
        <translation>Où enregistrer le fichier de diagnostic</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Diagnostics exported</source>
        <translation>Diagnostic exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnostics file is saved as:
{path}</source>
        <translation>Le fichier de diagnostic est enregistré ici&#xa0;:
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send it to support. It holds the logs, the settings and a summary of the sync state, without passwords or tokens.</source>
        <translation>Envoyez-le à l’assistance. Il contient les journaux, les paramètres et un résumé de l’état de la synchronisation, sans mot de passe ni jeton.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../crmsync_gui/ui/errors.py" line="+37"/>
        <source>Google Contacts error</source>
        <translation>Erreur de Contacts Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Google again</source>
        <translation>Reconnectez-vous à Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full read needed</source>
        <translation>Relecture complète nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact changed in Google meanwhile</source>
        <translation>Contact modifié entre-temps dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts is full</source>
        <translation>Contacts Google est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google is not answering</source>
        <translation>Google ne répond pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused a change</source>
        <translation>Google a refusé une modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google answered with unusable data</source>
        <translation>Google a répondu avec des données inutilisables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Google OAuth client configured</source>
        <translation>Aucun client OAuth Google configuré</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM database problem</source>
        <translation>Problème avec la base CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync state problem</source>
        <translation>Problème avec l’état de la synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings problem</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or network problem</source>
        <translation>Problème de fichier ou de réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. The log file has the details.</source>
        <translation>Une erreur s’est produite. Le fichier journal en donne le détail.</translation>
    </message>
</context>
<context>
    <name>GoogleSetupGuide</name>
    <message>
        <location filename="../crmsync_gui/ui/guide.py" line="+53"/>
        <source>Connecting CRM Sync to your Google account</source>
        <translation>Connecter CRM Sync à votre compte Google</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/history_dialog.py" line="+84"/>
        <source>History and undo</source>
        <translation>Historique et annulation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a run to see its errors.</source>
        <translation>Sélectionnez une synchronisation pour voir ses erreurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the history…</source>
        <translation>Chargement de l’historique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo last sync…</source>
        <translation>Annuler la dernière synchronisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back what the last sync changed, on both sides</source>
        <translation>Rétablir, des deux côtés, ce que la dernière synchronisation a modifié</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Errors of the selected run:</source>
        <translation>Erreurs de la synchronisation sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No sync has run yet.</source>
        <translation>Aucune synchronisation n’a encore eu lieu.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>What the selected run did, contact by contact:</source>
        <translation>Ce qu’a fait la synchronisation sélectionnée, contact par contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+119"/>
        <source>Select a run to see what it did.</source>
        <translation>Sélectionnez une synchronisation pour voir ce qu’elle a fait.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>One run so far.</source>
        <translation>Une seule synchronisation jusqu’ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last %n run(s), newest first.</source>
        <translation>
            <numerusform>%n synchronisation.</numerusform>
            <numerusform>Les %n dernières synchronisations, la plus récente en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undo of run {n}</source>
        <translation>annulation de la synchronisation n°&#xa0;{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial undo of run {n}</source>
        <translation>annulation partielle de la synchronisation n°&#xa0;{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly done</source>
        <translation>partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for confirmation</source>
        <translation>en attente de confirmation</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n created in Google</source>
        <translation>
            <numerusform>%n créé dans Google</numerusform>
            <numerusform>%n créés dans Google</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated in Google</source>
        <translation>
            <numerusform>%n mis à jour dans Google</numerusform>
            <numerusform>%n mis à jour dans Google</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted in Google</source>
        <translation>
            <numerusform>%n supprimé dans Google</numerusform>
            <numerusform>%n supprimés dans Google</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n created in the CRM</source>
        <translation>
            <numerusform>%n créé dans le CRM</numerusform>
            <numerusform>%n créés dans le CRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated in the CRM</source>
        <translation>
            <numerusform>%n mis à jour dans le CRM</numerusform>
            <numerusform>%n mis à jour dans le CRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted in the CRM</source>
        <translation>
            <numerusform>%n supprimé dans le CRM</numerusform>
            <numerusform>%n supprimés dans le CRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept in the CRM</source>
        <translation>
            <numerusform>%n gardé dans le CRM</numerusform>
            <numerusform>%n gardés dans le CRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n detached</source>
        <translation>
            <numerusform>%n détaché</numerusform>
            <numerusform>%n détachés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n put back</source>
        <translation>
            <numerusform>%n remis</numerusform>
            <numerusform>%n remis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: {text}</source>
        <translation>Avertissement&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An undo has no list of its own: it put back what an earlier run wrote.</source>
        <translation>Une annulation n’a pas de liste à elle&#xa0;: elle a remis ce qu’avait écrit une synchronisation précédente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An undo has no list of its own: it put back what the run of {when} wrote.</source>
        <translation>Une annulation n’a pas de liste à elle&#xa0;: elle a remis ce qu’avait écrit la synchronisation du {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select that run to see its contacts.</source>
        <translation>Sélectionnez cette synchronisation pour voir ses contacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading what this run did…</source>
        <translation>Lecture de ce qu’a fait cette synchronisation…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This run wrote nothing and reported no contact.</source>
        <translation>Cette synchronisation n’a rien écrit et ne signale aucun contact.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Undo the last sync?</source>
        <translation>Annuler la dernière synchronisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo run {n} of {when}?</source>
        <translation>Annuler la synchronisation {n} du {when}&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{side}: %n contact(s) changed back</source>
        <translation>
            <numerusform>{side}&#xa0;: %n contact remis comme avant</numerusform>
            <numerusform>{side}&#xa0;: %n contacts remis comme avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{side}: %n contact(s) deleted</source>
        <translation>
            <numerusform>{side}&#xa0;: %n contact supprimé</numerusform>
            <numerusform>{side}&#xa0;: %n contacts supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{side}: %n contact(s) re-created</source>
        <translation>
            <numerusform>{side}&#xa0;: %n contact recréé</numerusform>
            <numerusform>{side}&#xa0;: %n contacts recréés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what that sync wrote is put back. Fields that someone changed since are left as they are; you will see which.</source>
        <translation>Seul ce que cette synchronisation a écrit est remis comme avant. Les champs modifiés depuis sont laissés tels quels&#xa0;; vous verrez lesquels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you changed yourself before that sync (a contact edited, a company left, in the CRM or in Google) stays as you made it: the next preview shows it again, to sync or to leave out.</source>
        <translation>Ce que vous avez changé vous-même avant cette synchronisation (un contact modifié, une société quittée, dans le CRM ou dans Google) reste tel que vous l’avez fait&#xa0;: le prochain aperçu le montre de nouveau, à synchroniser ou à laisser de côté.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no sync to undo.</source>
        <translation>Il n’y a aucune synchronisation à annuler.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) put back.</source>
        <translation>
            <numerusform>%n modification remise.</numerusform>
            <numerusform>%n modifications remises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) left alone: someone changed them after the sync.</source>
        <translation>
            <numerusform>%n champ laissé tel quel&#xa0;: quelqu’un l’a modifié après la synchronisation.</numerusform>
            <numerusform>%n champs laissés tels quels&#xa0;: quelqu’un les a modifiés après la synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) will not be synced again by themselves.</source>
        <translation>
            <numerusform>%n contact ne sera plus synchronisé de lui-même.</numerusform>
            <numerusform>%n contacts ne seront plus synchronisés d’eux-mêmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) could not be put back.</source>
        <translation>
            <numerusform>%n modification n’a pas pu être remise.</numerusform>
            <numerusform>%n modifications n’ont pas pu être remises.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left alone:</source>
        <translation>Laissés tels quels&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced again:</source>
        <translation>Plus synchronisés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors:</source>
        <translation>Erreurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo last sync</source>
        <translation>Annuler la dernière synchronisation</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../crmsync_gui/ui/labels.py" line="+22"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal mobile</source>
        <translation>Mobile personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal email</source>
        <translation>E-mail personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>Adresse personnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work mobile</source>
        <translation>Mobile professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work email</source>
        <translation>E-mail professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delete in Google</source>
        <translation>supprimer de Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete in CRM</source>
        <translation>supprimer du CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep in CRM</source>
        <translation>garder dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send back to Google</source>
        <translation>remettre dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop syncing</source>
        <translation>dissocier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest change wins</source>
        <translation>La modification la plus récente l’emporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM wins</source>
        <translation>Le CRM l’emporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google wins</source>
        <translation>Google l’emporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask me in the preview</source>
        <translation>Me demander dans l’aperçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask me (keep until I decide)</source>
        <translation>Me demander (conserver en attendant ma décision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the CRM contact</source>
        <translation>Conserver le contact dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the CRM contact too</source>
        <translation>Supprimer aussi le contact du CRM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work mobile</source>
        <translation>mobile pro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home fax</source>
        <translation>fax domicile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work fax</source>
        <translation>fax travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pager</source>
        <translation>bipeur</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/contacts_page.py" line="+38"/>
        <source>Link {name} to a Google contact</source>
        <translation>Associer {name} à un contact Google</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search the Google contacts</source>
        <translation>Rechercher dans les contacts Google</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google contact</source>
        <translation>Contact Google</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every Google contact read by the last preview is linked already.</source>
        <translation>Tous les contacts Google lus par le dernier aperçu sont déjà associés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../crmsync_gui/ui/main_window.py" line="+99"/>
        <source>CRM Sync</source>
        <translation>CRM Sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — demo</source>
        <translation> — démo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare both sides again (nothing is written)</source>
        <translation>Comparer à nouveau les deux côtés (rien n’est modifié)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the checked changes to both sides</source>
        <translation>Appliquer les modifications cochées des deux côtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About CRM Sync</source>
        <translation>À &amp;propos de CRM Sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History and undo…</source>
        <translation>&amp;Historique et annulation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>Sauve&amp;gardes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;diagnostics…</source>
        <translation>Exporter un &amp;diagnostic…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A zip of the logs and settings for support, without passwords or tokens</source>
        <translation>Une archive zip des journaux et des paramètres pour l’assistance, sans mot de passe ni jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Google no longer accepts this computer&apos;s sign-in: nothing is synced until you &lt;a href=&quot;#sign-in&quot;&gt;sign in again&lt;/a&gt;.</source>
        <translation>Google n’accepte plus la connexion de cet ordinateur&#xa0;: rien n’est synchronisé tant que vous ne vous &lt;a href=&quot;#sign-in&quot;&gt;reconnectez&lt;/a&gt; pas.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Google account: not signed in</source>
        <translation>Compte Google&#xa0;: non connecté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in to Google: the contact book works as it is; Account ▸ Sign in… to sync it with your phone.</source>
        <translation>Non connecté à Google&#xa0;: le carnet de contacts fonctionne tel quel&#xa0;; Compte ▸ Se connecter… pour le synchroniser avec votre téléphone.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading Google Contacts…</source>
        <translation>Lecture de Contacts Google…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing contacts…</source>
        <translation>Comparaison des contacts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the CRM and Google Contacts…</source>
        <translation>Sauvegarde du CRM et de Google Contacts…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking what remains…</source>
        <translation>Vérification de ce qui reste…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The damaged sync state was set aside as {name}; a new one starts with this preview.</source>
        <translation>L’état de synchronisation endommagé a été mis de côté sous le nom {name}&#xa0;; un nouvel état commence avec cet aperçu.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Start a new sync state</source>
        <translation>Repartir d’un nouvel état de synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The damaged file is kept beside the new one, renamed …damaged-DATE. No contact is duplicated; the undo history is lost.</source>
        <translation>Le fichier endommagé est conservé à côté du nouveau, renommé …damaged-DATE. Aucun contact n’est dupliqué&#xa0;; l’historique d’annulation est perdu.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Warning: {text}</source>
        <translation>Avertissement&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync stopped</source>
        <translation>La synchronisation s’est arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync stopped before its end. What it wrote until then is kept, and the next sync continues from there.</source>
        <translation>La synchronisation s’est arrêtée avant la fin. Ce qu’elle avait déjà enregistré est conservé, et la prochaine synchronisation reprendra à partir de là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Some contacts were not synced</source>
        <translation>Certains contacts n’ont pas été synchronisés</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n contact(s) could not be synced. Everything else was written; the next sync tries them again.</source>
        <translation>
            <numerusform>%n contact n’a pas pu être synchronisé. Tout le reste a été enregistré&#xa0;; la prochaine synchronisation fera une nouvelle tentative.</numerusform>
            <numerusform>%n contacts n’ont pas pu être synchronisés. Tout le reste a été enregistré&#xa0;; la prochaine synchronisation fera une nouvelle tentative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) could not be synced before the sync was cancelled; the next sync tries them again.</source>
        <translation>
            <numerusform>%n contact n’a pas pu être synchronisé avant l’annulation&#xa0;; la prochaine synchronisation fera une nouvelle tentative.</numerusform>
            <numerusform>%n contacts n’ont pas pu être synchronisés avant l’annulation&#xa0;; la prochaine synchronisation fera une nouvelle tentative.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync done</source>
        <translation>Synchronisation terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every planned change was written. Worth knowing:</source>
        <translation>Toutes les modifications prévues ont été enregistrées. À savoir&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… et %n autre (Montrer les détails…)</numerusform>
            <numerusform>… et %n autres (Montrer les détails…)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop: what was written stays, and the next sync continues from there</source>
        <translation>Arrêter&#xa0;: ce qui est écrit reste, et la prochaine synchronisation reprend à partir de là</translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>Batch {n}/{m} · {done} of %Ln contact(s)</source>
        <translation>
            <numerusform>Lot {n}/{m} · {done} sur %Ln contact</numerusform>
            <numerusform>Lot {n}/{m} · {done} sur %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n change(s) written</source>
        <translation>
            <numerusform>%n modification enregistrée</numerusform>
            <numerusform>%n modifications enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync finished with %n contact(s) not synced; {written}.</source>
        <translation>
            <numerusform>Synchronisation terminée avec %n contact non synchronisé&#xa0;; {written}.</numerusform>
            <numerusform>Synchronisation terminée avec %n contacts non synchronisés&#xa0;; {written}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stopped after {changes}: {reason}</source>
        <translation>Synchronisation arrêtée après {changes}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stopped after {changes}.</source>
        <translation>Synchronisation arrêtée après {changes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync cancelled after {changes}; the next sync continues from there.</source>
        <translation>Synchronisation annulée après {changes}&#xa0;; la prochaine synchronisation reprend à partir de là.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync done: {written}; %n warning(s).</source>
        <translation>
            <numerusform>Synchronisation terminée&#xa0;: {written}&#xa0;; %n avertissement.</numerusform>
            <numerusform>Synchronisation terminée&#xa0;: {written}&#xa0;; %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync done: {written}.</source>
        <translation>Synchronisation terminée&#xa0;: {written}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete many contacts?</source>
        <translation>Supprimer de nombreux contacts&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync would delete many contacts. Sync anyway?</source>
        <translation>Cette synchronisation supprimerait de nombreux contacts. Synchroniser quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything is in sync.</source>
        <translation>Tout est synchronisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google account: {account} · Last sync: {last}</source>
        <translation>Compte Google&#xa0;: {account} · Dernière synchronisation&#xa0;: {last}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="+46"/>
        <source>How to sync</source>
        <translation>Règles de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change these later in the settings.</source>
        <translation>Vous pourrez les modifier plus tard dans les paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts created in Google get this label</source>
        <translation>Les contacts créés dans Google reçoivent ce libellé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google label for your CRM contacts:</source>
        <translation>Libellé Google de vos contacts CRM&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a contact changed on both sides:</source>
        <translation>Si un contact a été modifié des deux côtés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a contact is deleted in Google:</source>
        <translation>Si un contact est supprimé dans Google&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me of waiting changes every:</source>
        <translation>Me rappeler les modifications en attente toutes les&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../crmsync_gui/ui/settings_dialog.py" line="+109"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../crmsync_gui/ui/reasons.py" line="+41"/>
        <source>changed in the CRM</source>
        <translation>modifié dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed in Google</source>
        <translation>modifié dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed in the CRM (first sync, matched by {match})</source>
        <translation>modifié dans le CRM (première synchronisation, rapproché via {match})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed in Google (first sync, matched by {match})</source>
        <translation>modifié dans Google (première synchronisation, rapproché via {match})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your link</source>
        <translation>votre association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM Sync tag</source>
        <translation>le marqueur CRM Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal email {email}</source>
        <translation>l’e-mail personnel {email}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work email {email}</source>
        <translation>l’e-mail professionnel {email}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its link from before its deletion in the CRM</source>
        <translation>son lien d’avant sa suppression dans le CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new in the CRM</source>
        <translation>nouveau dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in Google</source>
        <translation>nouveau dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in Google, linked to the company {company}</source>
        <translation>nouveau dans Google, associé à l’entreprise {company}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in the CRM</source>
        <translation>supprimé dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted in the CRM; kept in Google (not created by CRM Sync, not in the label) and no longer synced</source>
        <translation>supprimé dans le CRM&#xa0;; conservé dans Google (non créé par CRM Sync, absent du libellé) et plus synchronisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted in Google</source>
        <translation>supprimé dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted in Google — kept in the CRM and no longer sent to Google (choose delete to remove it, or restore to send it back)</source>
        <translation>supprimé dans Google — conservé dans le CRM et plus envoyé à Google (choisissez de le supprimer pour l’effacer, ou de le rétablir pour le renvoyer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted in Google, restored at your request</source>
        <translation>supprimé dans Google, rétabli à votre demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in Google, changed in the CRM since: kept (choose delete to remove it)</source>
        <translation>supprimé dans Google, modifié dans le CRM depuis&#xa0;: conservé (choisissez «&#xa0;supprimer&#xa0;» pour le retirer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept after its deletion in Google; restored at your request</source>
        <translation>conservé après sa suppression dans Google&#xa0;; rétabli à votre demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your choice: the {side} value is kept</source>
        <translation>votre choix&#xa0;: la valeur {side} est conservée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both sides: the newest ({side}) wins</source>
        <translation>modifié des deux côtés&#xa0;: la plus récente ({side}) l’emporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both sides: the CRM wins</source>
        <translation>modifié des deux côtés&#xa0;: le CRM l’emporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both sides: Google wins</source>
        <translation>modifié des deux côtés&#xa0;: Google l’emporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both sides: choose the value to keep</source>
        <translation>modifié des deux côtés&#xa0;: choisissez la valeur à garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: the {side} value is kept</source>
        <translation>valeurs différentes à la première synchronisation&#xa0;: la valeur {side} est conservée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: the newest ({side}) wins</source>
        <translation>valeurs différentes à la première synchronisation&#xa0;: la plus récente ({side}) l’emporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: the CRM wins</source>
        <translation>valeurs différentes à la première synchronisation&#xa0;: le CRM l’emporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: Google wins</source>
        <translation>valeurs différentes à la première synchronisation&#xa0;: Google l’emporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: choose the value to keep</source>
        <translation>valeurs différentes à la première synchronisation&#xa0;: choisissez la valeur à garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in the CRM but changed in Google since the last sync: not deleted in Google (delete it there, or restore it in the CRM)</source>
        <translation>supprimé dans le CRM mais modifié dans Google depuis la dernière synchronisation&#xa0;: non supprimé dans Google (supprimez-le dans Google, ou rétablissez-le dans le CRM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name, phone, email or address to send</source>
        <translation>ni nom, ni téléphone, ni e-mail, ni adresse à envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name, phone, email or address to copy</source>
        <translation>ni nom, ni téléphone, ni e-mail, ni adresse à copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created by CRM Sync for CRM contact {crm_id}, which is deleted in the CRM: left alone</source>
        <translation>créé par CRM Sync pour le contact CRM {crm_id}, qui est supprimé dans le CRM&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second Google copy of CRM contact {crm_id} (same CRM Sync tag): delete one of them in Google</source>
        <translation>un second exemplaire Google du contact CRM {crm_id} (même marqueur CRM Sync)&#xa0;: supprimez l’un des deux dans Google</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email {email} is also used by CRM contact {owner}: only that one is synced</source>
        <translation>l’e-mail {email} est aussi utilisé par le contact CRM {owner}&#xa0;: seul celui-ci est synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email {email} is also used by Google contact {owner}: only that one is synced</source>
        <translation>l’e-mail {email} est aussi utilisé par le contact Google {owner}&#xa0;: seul celui-ci est synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email {email} is already used by Google contact {holder}, which is synced with another CRM contact, skipped, or outside the label</source>
        <translation>l’e-mail {email} est déjà utilisé par le contact Google {holder}, qui est synchronisé avec un autre contact CRM, ignoré ou hors du libellé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email {email} is already used by CRM contact {holder}, which is synced with another Google contact or skipped</source>
        <translation>l’e-mail {email} est déjà utilisé par le contact CRM {holder}, qui est synchronisé avec un autre contact Google ou ignoré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same phone number: link them, or keep them apart</source>
        <translation>le même numéro de téléphone&#xa0;: associez-les, ou gardez-les séparés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlinked from Google contact {holder}: not synced until you link them again</source>
        <translation>délié du contact Google {holder}&#xa0;: non synchronisé tant que vous ne les liez pas de nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unlinked from CRM contact {holder}: not synced until you link them again</source>
        <translation>délié du contact CRM {holder}&#xa0;: non synchronisé tant que vous ne les liez pas de nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email {email} is used by Google contact {holder}, which you keep apart from it: link them to sync it</source>
        <translation>l’e-mail {email} est utilisé par le contact Google {holder}, que vous gardez séparé de lui&#xa0;: liez-les pour le synchroniser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email {email} is used by CRM contact {holder}, which you keep apart from it: link them to sync it</source>
        <translation>l’e-mail {email} est utilisé par le contact CRM {holder}, que vous gardez séparé de lui&#xa0;: liez-les pour le synchroniser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same email {email}, and one of them is left out of the sync: link them, or keep them apart</source>
        <translation>le même e-mail {email}, et l’un des deux est exclu de la synchronisation&#xa0;: liez-les, ou gardez-les séparés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same first and last name: link them, or keep them apart</source>
        <translation>les mêmes prénom et nom&#xa0;: associez-les, ou gardez-les séparés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this run would delete {deletions} of {linked} synced contacts: confirm the deletions to go on</source>
        <translation>cette synchronisation supprimerait {deletions} des {linked} contacts synchronisés&#xa0;: confirmez les suppressions pour continuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM contact {crm_id}</source>
        <translation>Contact CRM {crm_id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the first sync</source>
        <translation>avant la première synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a sync that deletes</source>
        <translation>avant une synchronisation qui supprime des contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before restoring {backup}</source>
        <translation>avant la restauration de {backup}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: changed in Google since the sync; not removed</source>
        <translation>{name}&#xa0;: modifié dans Google depuis la synchronisation&#xa0;; non supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: removed from Google; it will not be sent again unless you restore it</source>
        <translation>{name}&#xa0;: retiré de Google&#xa0;; il ne sera plus envoyé, sauf si vous le rétablissez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {field} changed in Google since; left as is</source>
        <translation>{name}&#xa0;: {field} modifié dans Google depuis&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: back in Google, and left out of the sync (its CRM contact is deleted)</source>
        <translation>{name}&#xa0;: de retour dans Google, et exclu de la synchronisation (son contact CRM est supprimé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: its photo could not be put back (Google sets no photo on a new contact): add it again on the phone</source>
        <translation>{name}&#xa0;: sa photo n’a pas pu être remise (Google ne met aucune photo sur un nouveau contact)&#xa0;: ajoutez-la de nouveau sur le téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not put back in Google: its CRM contact was restored and is synced with another Google contact since</source>
        <translation>{name}&#xa0;: non remis dans Google&#xa0;: son contact CRM a été restauré et se synchronise depuis avec un autre contact Google</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: changed in the CRM since; not removed</source>
        <translation>{name}&#xa0;: modifié dans le CRM depuis&#xa0;; non supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: removed from the CRM; its Google contact is left out of the sync</source>
        <translation>{name}&#xa0;: retiré du CRM&#xa0;; son contact Google est exclu de la synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {field} changed in the CRM since; left as is</source>
        <translation>{name}&#xa0;: {field} modifié dans le CRM depuis&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: back in the CRM, not sent to Google unless you restore it</source>
        <translation>{name}&#xa0;: de retour dans le CRM, et plus envoyé à Google sauf si vous le rétablissez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: the Google block of the note changed in the CRM since; left as is</source>
        <translation>{name}&#xa0;: le bloc Google de la note a été modifié dans le CRM depuis&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{side} {contact}: {error}</source>
        <translation>{side} {contact}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google&apos;s change list expired; reading all contacts.</source>
        <translation>La liste des modifications de Google a expiré&#xa0;; lecture de tous les contacts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts this sign-in: sign in again.</source>
        <translation>Google n’accepte plus cette connexion&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact was changed in Google while we were syncing it.</source>
        <translation>Un contact a été modifié dans Google pendant sa synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Google account holds the most contacts Google allows (25,000).</source>
        <translation>Votre compte Google contient le nombre maximal de contacts autorisé par Google (25&#x202f;000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google is busy or unreachable: try again in a few minutes. Nothing is lost (a sync picks up where it stopped).</source>
        <translation>Google est occupé ou injoignable&#xa0;: réessayez dans quelques minutes. Rien n’est perdu (une synchronisation reprend où elle s’était arrêtée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google refused access to the contacts: check that the app is allowed (see the Google setup guide).</source>
        <translation>Google a refusé l’accès aux contacts&#xa0;: vérifiez que l’application y est autorisée (voir le guide de configuration de Google).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google refused a change: {message}</source>
        <translation>Google a refusé une modification&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the Google client file {path}: {error}</source>
        <translation>Impossible de lire le fichier client Google {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of CRM Sync has no Google OAuth client yet. Create one for a desktop app (see the Google setup guide) and choose its client_secret.json.</source>
        <translation>Cet exemplaire de CRM Sync n’a pas encore de client OAuth Google. Créez-en un pour une application de bureau (voir le guide de configuration de Google) et choisissez son fichier client_secret.json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Google OAuth client file.</source>
        <translation>{path} n’est pas un fichier client OAuth Google.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment variable {variable} is {url}: Google addresses must use https (plain http only to this computer: 127.0.0.1, ::1, localhost). Correct or remove it.</source>
        <translation>La variable d’environnement {variable} vaut {url}&#xa0;: les adresses de Google doivent être en https (http simple seulement vers cet ordinateur&#xa0;: 127.0.0.1, ::1, localhost). Corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} in {path} is {url}: Google addresses must use https (plain http only to this computer: 127.0.0.1, ::1, localhost). Correct or remove it in the settings.</source>
        <translation>{key} dans {path} vaut {url}&#xa0;: les adresses de Google doivent être en https (http simple seulement vers cet ordinateur&#xa0;: 127.0.0.1, ::1, localhost). Corrigez-la ou supprimez-la dans les paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} in the Google client file {path} is {url}: Google addresses must use https.</source>
        <translation>{key} dans le fichier client Google {path} vaut {url}&#xa0;: les adresses de Google doivent être en https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM Sync refused to send your Google sign-in to {url}: it is not an https address.</source>
        <translation>CRM Sync a refusé d’envoyer votre connexion Google à {url}&#xa0;: ce n’est pas une adresse https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not the OAuth client of a desktop app. In Google Cloud, create a client of type &quot;Desktop app&quot; (see the Google setup guide) and download its JSON file.</source>
        <translation>{path} n’est pas le client OAuth d’une application de bureau. Dans Google Cloud, créez un client de type «&#xa0;Application de bureau&#xa0;» (voir le guide de configuration de Google) et téléchargez son fichier JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google answered for another application: sign in again.</source>
        <translation>Google a répondu pour une autre application&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google did not say which account signed in.</source>
        <translation>Google n’a pas indiqué quel compte s’est connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google sign-in timed out: nobody approved it in time.</source>
        <translation>La connexion à Google a expiré&#xa0;: personne ne l’a approuvée à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google sign-in was refused in the browser.</source>
        <translation>La connexion à Google a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google refused the sign-in: {error}</source>
        <translation>Google a refusé la connexion&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google did not grant offline access: sign in again.</source>
        <translation>Google n’a pas accordé l’accès hors connexion&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach Google: check the connection and try again. Nothing is lost (a sync picks up where it stopped).</source>
        <translation>Impossible de joindre Google&#xa0;: vérifiez la connexion et réessayez. Rien n’est perdu (une synchronisation reprend où elle s’était arrêtée).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CRM contact {crm_id} was modified by someone else meanwhile</source>
        <translation>Le contact CRM {crm_id} a été modifié entre-temps par quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM database {path} named by {settings} does not exist (moved, renamed, or a drive not connected): choose it again, or correct the name there.</source>
        <translation>La base CRM {path} désignée par {settings} n’existe pas (déplacée, renommée, ou disque non branché)&#xa0;: choisissez-la de nouveau, ou corrigez le nom à cet endroit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM database {path} is read-only (the file or its folder): nothing was changed. It can be read, listed and exported; to sync, make it writable.</source>
        <translation>La base CRM {path} est en lecture seule (le fichier ou son dossier)&#xa0;: rien n’a été modifié. Elle peut être lue, listée et exportée&#xa0;; pour synchroniser, rendez-la accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value!r} is not an email address (something@domain): correct it, or leave the field empty.</source>
        <translation>{value!r} n’est pas une adresse e-mail (quelquechose@domaine)&#xa0;: corrigez-la, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} changed since you opened it (a sync or another program wrote it): nothing was saved. Close the editor, open the contact again and make your change on what it holds now.</source>
        <translation>{name} a changé depuis que vous l’avez ouvert (une synchronisation ou un autre programme l’a modifié)&#xa0;: rien n’a été enregistré. Fermez l’éditeur, rouvrez le contact et refaites votre modification sur ce qu’il contient maintenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A company needs a name.</source>
        <translation>Une société a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note has a line {marker!r}: only the sync writes that block. Take the line out, or change it, and save again.</source>
        <translation>La note contient une ligne {marker!r}&#xa0;: seule la synchronisation écrit ce bloc. Retirez la ligne, ou modifiez-la, et enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company {name} was deleted while the editor was open: nothing was saved. Choose another company, or type its name to make it again.</source>
        <translation>La société {name} a été supprimée pendant que l’éditeur était ouvert&#xa0;: rien n’a été enregistré. Choisissez une autre société, ou tapez son nom pour la recréer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at your request: nothing was written.</source>
        <translation>Arrêté à votre demande&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out by you: not synced until you tick it again</source>
        <translation>laissé de côté par vous&#xa0;: pas synchronisé tant que vous ne le cochez pas de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a company {name!r} already.</source>
        <translation>Il existe déjà une société {name!r}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is another program&apos;s database (tables {tables}), not a CRM: nothing was changed in it</source>
        <translation>c’est la base d’un autre programme (tables {tables}), pas un CRM&#xa0;: rien n’y a été modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is one of CRM Sync&apos;s own files (the CRM database, its settings or its state): choose another name for the export.</source>
        <translation>{path} est un des fichiers de CRM Sync (la base CRM, ses paramètres ou son état)&#xa0;: choisissez un autre nom pour l’export.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every user of this computer can read the CRM database {path}. Unless it is meant to be shared, make it readable by you alone (chmod 600).</source>
        <translation>Tous les utilisateurs de cet ordinateur peuvent lire la base CRM {path}. Sauf si elle doit être partagée, rendez-la lisible par vous uniquement (chmod 600).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile folder {path} is read-only: CRM Sync keeps its sync state, backups and log there, so nothing was changed. Make the folder writable (or use another profile folder), then try again.</source>
        <translation>Le dossier de profil {path} est en lecture seule&#xa0;: CRM Sync y garde son état de synchronisation, ses sauvegardes et son journal, donc rien n’a été modifié. Rendez le dossier accessible en écriture (ou utilisez un autre dossier de profil), puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile folder {path} cannot be made private (its file system does not keep file permissions): other users of this computer may read your contacts, the sync state and the backups. Keep the profile on this computer&apos;s own disk.</source>
        <translation>Le dossier de profil {path} ne peut pas être rendu privé (son système de fichiers ne conserve pas les droits d’accès)&#xa0;: d’autres utilisateurs de cet ordinateur pourraient lire vos contacts, l’état de la synchronisation et les sauvegardes. Gardez le profil sur le disque de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported:
{lines}</source>
        <translation>Rien n’a été importé&#xa0;:
{lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and {count} more</source>
        <translation>… et {count} autre(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line 1: the file is empty</source>
        <translation>ligne 1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line 1: unknown column {column!r} (expected: {headers})</source>
        <translation>ligne 1&#xa0;: colonne inconnue {column!r} (colonnes attendues&#xa0;: {headers})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line 1: column {column!r} appears twice</source>
        <translation>ligne 1&#xa0;: la colonne {column!r} apparaît deux fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {error}</source>
        <translation>ligne {line}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: ID {id!r} is not a number</source>
        <translation>ligne {line}&#xa0;: l’ID {id!r} n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: ID {id} already on line {first}</source>
        <translation>ligne {line}&#xa0;: l’ID {id} figure déjà à la ligne {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: Réf. contact {ref!r} already on line {first}</source>
        <translation>ligne {line}&#xa0;: la Réf. contact {ref!r} figure déjà à la ligne {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {column} {email!r} is not an email address</source>
        <translation>ligne {line}&#xa0;: {column} {email!r} n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: professional fields need a Société (they belong to the contact&apos;s company)</source>
        <translation>ligne {line}&#xa0;: les champs professionnels demandent une Société (ils appartiennent à l’entreprise du contact)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: byte {byte} is not {encoding} text: save the file again as CSV UTF-8</source>
        <translation>ligne {line}&#xa0;: l’octet {byte} n’est pas du texte {encoding}&#xa0;: enregistrez de nouveau le fichier en CSV UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line 1: the file looks like UTF-16 text without its byte-order mark: save it again as CSV UTF-8</source>
        <translation>ligne 1&#xa0;: le fichier semble être du texte UTF-16 sans sa marque d’ordre des octets&#xa0;: enregistrez-le de nouveau en CSV UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réf. contact {ref!r} belongs to {owner} (ID {crm_id}), not to this row&apos;s contact</source>
        <translation>la Réf. contact {ref!r} appartient à {owner} (ID {crm_id}), pas au contact de cette ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: Réf. société without a Société name</source>
        <translation>ligne {line}&#xa0;: Réf. société sans nom de Société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {email} is also the email of {owner}: the sync keeps the two apart until one of them changes</source>
        <translation>ligne {line}&#xa0;: {email} est aussi l’email du contact {owner}&#xa0;: la synchronisation garde les deux à part jusqu’à ce que l’un d’eux change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: ID {id} is {here} here; created as a new contact, {name}</source>
        <translation>ligne {line}&#xa0;: l’ID {id} est {here} ici&#xa0;; créé comme nouveau contact, {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: the company {ref} ({company}) had been deleted; it is restored</source>
        <translation>ligne {line}&#xa0;: la société {ref} ({company}) avait été supprimée&#xa0;; elle est restaurée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no contact has the tag {tag!r}</source>
        <translation>aucun contact n’a le centre d’intérêt {tag!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only_tag and sync_label_only exclude each other: sync all contacts, the label&apos;s, or one tag&apos;s</source>
        <translation>only_tag et sync_label_only s’excluent&#xa0;: synchronisez tous les contacts, ceux du libellé, ou ceux d’un centre d’intérêt</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>The label {tag!r}, which the sync is limited to, was deleted or renamed in Google: confirm to remove the tag from %n contact(s) in the CRM.</source>
        <translation>
            <numerusform>Le libellé {tag!r}, auquel la synchronisation est limitée, a été supprimé ou renommé dans Google&#xa0;: confirmez pour retirer ce centre d’intérêt de %n contact du CRM.</numerusform>
            <numerusform>Le libellé {tag!r}, auquel la synchronisation est limitée, a été supprimé ou renommé dans Google&#xa0;: confirmez pour retirer ce centre d’intérêt de %n contacts du CRM.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>leaves the sync scope (tag {tag}): no longer synced, nothing deleted</source>
        <translation>sort du périmètre de la synchronisation (centre d’intérêt {tag})&#xa0;: plus synchronisé, rien n’est supprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The label {name!r} is not synced as a tag: a CRM tag cannot hold a comma or a semicolon.</source>
        <translation>Le libellé {name!r} n’est pas synchronisé comme centre d’intérêt&#xa0;: un centre d’intérêt du CRM ne peut contenir ni virgule ni point-virgule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key}: {value} is not an https address (plain http only to this computer: 127.0.0.1, ::1, localhost)</source>
        <translation>{key}&#xa0;: {value} n’est pas une adresse https (http simple seulement vers cet ordinateur&#xa0;: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>planned but not written by this run: the next sync tries again</source>
        <translation>prévu, mais pas enregistré par cette synchronisation&#xa0;: la prochaine fera une nouvelle tentative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its CRM modification date {value!r} is in no format CRM Sync reads: newest-wins counts its CRM values as the oldest</source>
        <translation>sa date de modification dans le CRM {value!r} n’est dans aucun format que CRM Sync sait lire&#xa0;: pour la règle «&#xa0;la modification la plus récente l’emporte&#xa0;», ses valeurs du CRM comptent comme les plus anciennes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google answered with data CRM Sync cannot use ({what}): nothing of that answer was stored.</source>
        <translation>Google a répondu avec des données que CRM Sync ne peut pas utiliser ({what})&#xa0;: rien de cette réponse n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is in use by another program: try again once it has finished</source>
        <translation>{path} est utilisé par un autre programme&#xa0;: réessayez quand il aura terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM database {path} is busy or cannot be written: {error}</source>
        <translation>La base CRM {path} est occupée ou ne peut pas être modifiée&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync stopped on an unexpected error: {error}</source>
        <translation>La synchronisation s’est arrêtée sur une erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Google refused %n new contact(s).</source>
        <translation>
            <numerusform>Google a refusé %n nouveau contact.</numerusform>
            <numerusform>Google a refusé %n nouveaux contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact(s) linked to this company: unlink to delete it (they lose their company in Google at the next sync).</source>
        <translation>
            <numerusform>%n contact est lié à cette société&#xa0;: dissociez-le pour la supprimer (il perd sa société dans Google à la prochaine synchronisation).</numerusform>
            <numerusform>%n contacts sont liés à cette société&#xa0;: dissociez-les pour la supprimer (ils perdent leur société dans Google à la prochaine synchronisation).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>line {line}: %n column(s), the header has {expected}</source>
        <translation>
            <numerusform>ligne {line}&#xa0;: %n colonne, alors que l’en-tête en a {expected}</numerusform>
            <numerusform>ligne {line}&#xa0;: %n colonnes, alors que l’en-tête en a {expected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>changed again while the sync wrote it (%n time(s) in this run): left for the next sync</source>
        <translation>
            <numerusform>modifié de nouveau pendant que la synchronisation l’enregistrait (%n fois pendant cette synchronisation)&#xa0;: laissé pour la prochaine synchronisation</numerusform>
            <numerusform>modifié de nouveau pendant que la synchronisation l’enregistrait (%n fois pendant cette synchronisation)&#xa0;: laissé pour la prochaine synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The label {name!r} was deleted in Google: the tag is removed from %n contact(s) in the CRM.</source>
        <translation>
            <numerusform>Le libellé {name!r} a été supprimé dans Google&#xa0;: le centre d’intérêt est retiré de %n contact du CRM.</numerusform>
            <numerusform>Le libellé {name!r} a été supprimé dans Google&#xa0;: le centre d’intérêt est retiré de %n contacts du CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The label {name!r} was renamed {new!r} in Google: the tag is renamed on %n contact(s) in the CRM.</source>
        <translation>
            <numerusform>Le libellé {name!r} a été renommé {new!r} dans Google&#xa0;: le centre d’intérêt est renommé sur %n contact du CRM.</numerusform>
            <numerusform>Le libellé {name!r} a été renommé {new!r} dans Google&#xa0;: le centre d’intérêt est renommé sur %n contacts du CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The label {name!r} was deleted in Google: re-created, with %n synced contact(s) put back in it.</source>
        <translation>
            <numerusform>Le libellé {name!r} avait été supprimé dans Google&#xa0;: il a été recréé, avec %n contact synchronisé remis dedans.</numerusform>
            <numerusform>Le libellé {name!r} avait été supprimé dans Google&#xa0;: il a été recréé, avec %n contacts synchronisés remis dedans.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{name} — {reason}</source>
        <translation>{name} — {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>access to {path} is denied</source>
        <translation>accès refusé à {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access is denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is on a read-only disk</source>
        <translation>{path} se trouve sur un disque en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} does not exist</source>
        <translation>{path} n’existe pas</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Not signed in to Google: sign in first.</source>
        <translation>Vous n’êtes pas connecté à Google&#xa0;: connectez-vous d’abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach Google to renew the sign-in.</source>
        <translation>Impossible de joindre Google pour renouveler la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google did not confirm new contacts: the next sync looks for them before sending them again.</source>
        <translation>Google n’a pas confirmé la création de nouveaux contacts&#xa0;: la prochaine synchronisation les recherche avant de les envoyer à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google refused to update {name}.</source>
        <translation>Google a refusé de modifier {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google says the label {name!r} exists but does not list it.</source>
        <translation>Google indique que le libellé {name!r} existe, mais ne le liste pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure password store (keyring) was found on this computer: the Google sign-in is kept in memory only, and you will have to sign in again next time.</source>
        <translation>Aucun trousseau de mots de passe sécurisé n’a été trouvé sur cet ordinateur&#xa0;: la connexion à Google n’est gardée qu’en mémoire, et vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk that holds {path} is full. Free some space, then try again: a sync picks up where it stopped.</source>
        <translation>Le disque qui contient {path} est plein. Libérez de la place, puis réessayez&#xa0;: une synchronisation reprend là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The sync state {path} cannot be written ({error}): the file and its folder must be yours and writable.</source>
        <translation>L’état de synchronisation {path} ne peut pas être écrit ({error})&#xa0;: le fichier et son dossier doivent vous appartenir et être accessibles en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a usable CRM database: {error}</source>
        <translation>{path} n’est pas une base CRM utilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM contact {crm_id} does not exist</source>
        <translation>Le contact CRM {crm_id} n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM contact {crm_id} has no company to hold professional fields</source>
        <translation>Le contact CRM {crm_id} n’a pas d’entreprise pour recevoir les champs professionnels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM database {path} is on a network share. SQLite cannot lock files safely there: keep it on this PC&apos;s own disk, or let only one PC use it.</source>
        <translation>La base CRM {path} se trouve sur un partage réseau. SQLite ne peut pas y verrouiller les fichiers de façon sûre&#xa0;: gardez-la sur le disque de ce PC, ou ne laissez qu’un seul PC l’utiliser.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this CRM database was written by a newer CRM Sync (schema {version}, this version knows up to {known}); update the app</source>
        <translation>cette base CRM a été écrite par une version plus récente de CRM Sync (schéma {version}, cette version connaît jusqu’au schéma {known})&#xa0;; mettez l’application à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} already exists: open it, or choose another name.</source>
        <translation>{path} existe déjà&#xa0;: ouvrez-le, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup named {name}.</source>
        <translation>Aucune sauvegarde nommée {name}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>label_name: the Google label name cannot be empty</source>
        <translation>Le libellé Google doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminder_interval_minutes: must be between 1 and 1440</source>
        <translation>L’intervalle des rappels doit être compris entre 1 et 1440 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} is {value}; expected one of {allowed}</source>
        <translation>{key} vaut {value}&#xa0;; valeurs possibles&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be true or false, not {value}</source>
        <translation>{key} doit valoir true ou false, pas {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be a whole number, not {value}</source>
        <translation>{key} doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be text, not {value}</source>
        <translation>{key} doit être du texte, pas {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag!r} cannot be a tag: it is empty, holds a comma or a semicolon, or is the name of a Google group or of the app&apos;s label</source>
        <translation>{tag!r} ne peut pas être un centre d’intérêt&#xa0;: il est vide, contient une virgule ou un point-virgule, ou c’est le nom d’un groupe de Google ou du libellé de l’application</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only_tag: {tag!r} cannot be a Google label (a comma, a semicolon, a Google group&apos;s name, or the app&apos;s label&apos;s)</source>
        <translation>only_tag&#xa0;: {tag!r} ne peut pas être un libellé Google (une virgule, un point-virgule, le nom d’un groupe de Google, ou celui du libellé de l’application)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google refused to rename the label {old!r} to {new!r}: {error} It is tried again at the next sync.</source>
        <translation>Google a refusé de renommer le libellé {old!r} en {new!r}&#xa0;: {error} Nouvel essai à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The label {name!r} is not synced as a tag: Google names one of its own groups so, or CRM Sync&apos;s label is named so.</source>
        <translation>Le libellé {name!r} n’est pas synchronisé comme centre d’intérêt&#xa0;: c’est le nom d’un groupe de Google, ou celui du libellé de CRM Sync.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it cannot be read ({error})</source>
        <translation>il est illisible ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it must hold a JSON object</source>
        <translation>il doit contenir un objet JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file {path} cannot be used: {error}</source>
        <translation>Le fichier de paramètres {path} est inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync state {path} is damaged ({error}): a reset (&quot;Start a new sync state&quot; in the window, `crmsync state reset` on the command line) sets it aside and starts a new one. Nothing is duplicated (contacts are matched again by their CRM Sync tag and email); the undo history is lost.</source>
        <translation>L’état de synchronisation {path} est endommagé ({error})&#xa0;: une réinitialisation («&#xa0;Repartir d’un nouvel état de synchronisation&#xa0;» dans la fenêtre, `crmsync state reset` en ligne de commande) le met de côté et en commence un nouveau. Rien n’est dupliqué (les contacts sont de nouveau associés par leur marque CRM Sync et leur e-mail)&#xa0;; l’historique d’annulation est perdu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was written by a newer CRM Sync (schema {version}, this version knows {known}): update CRM Sync</source>
        <translation>{path} a été écrit par une version plus récente de CRM Sync (schéma {version}, cette version connaît le schéma {known})&#xa0;: mettez CRM Sync à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds the sync state of another Google account: it is never mixed with this one (sign in with the account it belongs to, or use the state file of this account)</source>
        <translation>{path} contient l’état de synchronisation d’un autre compte Google&#xa0;: il n’est jamais mélangé avec celui-ci (connectez-vous avec le compte auquel il appartient, ou utilisez le fichier d’état de ce compte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} holds the sync state of another CRM database ({stored}), not {current}</source>
        <translation>{path} contient l’état de synchronisation d’une autre base CRM ({stored}), et non de {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {error}</source>
        <translation>{name}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>RestoreSidesDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/backups_dialog.py" line="-158"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backup of {when}: what should be put back?</source>
        <translation>Restaurer la sauvegarde du {when}&#xa0;: que faut-il remettre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both the CRM database and the Google contacts</source>
        <translation>La base CRM et les contacts Google</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Only the CRM database (%Ln contact(s))</source>
        <translation>
            <numerusform>Seulement la base CRM (%Ln contact)</numerusform>
            <numerusform>Seulement la base CRM (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the Google contacts (%Ln contact(s))</source>
        <translation>
            <numerusform>Seulement les contacts Google (%Ln contact)</numerusform>
            <numerusform>Seulement les contacts Google (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
</context>
<context>
    <name>RunChangesModel</name>
    <message>
        <location filename="../crmsync_gui/ui/run_changes_model.py" line="+42"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer synced</source>
        <translation>dissocié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>written</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synced</source>
        <translation>non synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all fields</source>
        <translation>tous les champs</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/settings_dialog.py" line="+24"/>
        <location line="+169"/>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the Google contacts in this label</source>
        <translation>Seulement les contacts Google de ce libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only contacts with this tag:</source>
        <translation>Seulement les contacts ayant ce centre d’intérêt&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRM contacts with this tag go to Google, in the label of that name; Google contacts in that label come to the CRM with the tag. The others stay as they are on each side.</source>
        <translation>Les contacts du CRM ayant ce centre d’intérêt vont dans Google, dans le libellé du même nom&#xa0;; les contacts Google de ce libellé viennent dans le CRM avec ce centre d’intérêt. Les autres restent tels quels de chaque côté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync by itself when nothing needs a decision</source>
        <translation>Synchroniser automatiquement quand aucune décision n’est nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CRM Sync when I log in</source>
        <translation>Lancer CRM Sync à l’ouverture de ma session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect the next time CRM Sync starts</source>
        <translation>Prend effet au prochain démarrage de CRM Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM database</source>
        <translation>Base CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM database (*.sqlite3 *.sqlite *.db)</source>
        <translation>Base CRM (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When both sides changed:</source>
        <translation>Si les deux côtés ont changé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a contact is deleted in Google:</source>
        <translation>Si un contact est supprimé dans Google&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google label:</source>
        <translation>Libellé Google&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts to sync:</source>
        <translation>Contacts à synchroniser&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM database:</source>
        <translation>Base CRM&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me every:</source>
        <translation>Me rappeler toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth client file</source>
        <translation>Fichier client OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google OAuth client (*.json)</source>
        <translation>Client OAuth Google (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet: see the guide</source>
        <translation>aucun pour l’instant&#xa0;: voir le guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company’s own Google OAuth client (a JSON file). &lt;a href=&quot;#guide&quot;&gt;How to make one: the Google setup guide&lt;/a&gt;.</source>
        <translation>Le client OAuth Google de votre entreprise (un fichier JSON). &lt;a href=&quot;#guide&quot;&gt;Comment en créer un&#xa0;: le guide de configuration Google&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google&apos;s default</source>
        <translation>Valeur par défaut de Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced: Google endpoints (for proxies and tests)</source>
        <translation>Avancé&#xa0;: adresses des services Google (pour les proxys et les tests)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People API address:</source>
        <translation>Adresse de l’API People&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address:</source>
        <translation>Adresse de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token address:</source>
        <translation>Adresse des jetons&#xa0;:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>OAuth client file:</source>
        <translation>Fichier client OAuth&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="-252"/>
        <source>Set up CRM Sync</source>
        <translation>Configurer CRM Sync</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the first preview</source>
        <translation>Afficher le premier aperçu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The demo could not start</source>
        <translation>La démo n’a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not start. The setup continues here; the log file has the details.</source>
        <translation>La démo n’a pas pu démarrer. La configuration continue ici&#xa0;; le fichier journal a les détails.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location line="+162"/>
        <source>Your Google account</source>
        <translation>Votre compte Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM Sync needs your permission to read and update your Google Contacts. Your browser will ask you to approve.</source>
        <translation>CRM Sync a besoin de votre autorisation pour lire et mettre à jour vos Contacts Google. Votre navigateur va vous demander votre accord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in later: use CRM Sync as a contact book for now (Account ▸ Sign in… when you are ready)</source>
        <translation>Me connecter plus tard&#xa0;: utiliser CRM Sync comme carnet de contacts pour l’instant (Compte ▸ Se connecter… quand vous serez prêt)</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../crmsync_gui/ui/sign_in_panel.py" line="+67"/>
        <source>Sign in with Google</source>
        <translation>Se connecter avec Google</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for your approval in the browser…</source>
        <translation>En attente de votre accord dans le navigateur…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use my own OAuth client…</source>
        <translation>Utiliser mon propre client OAuth…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting your company’s Google Workspace for the first time? &lt;a href=&quot;#guide&quot;&gt;Read the Google setup guide&lt;/a&gt;.</source>
        <translation>Vous connectez le Google Workspace de votre entreprise pour la première fois&#xa0;? &lt;a href=&quot;#guide&quot;&gt;Lisez le guide de configuration de Google&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If no browser opened, open this address:</source>
        <translation>Si aucun navigateur ne s’est ouvert, ouvrez cette adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Signed in as &lt;b&gt;{email}&lt;/b&gt;.</source>
        <translation>Connecté en tant que &lt;b&gt;{email}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with another account</source>
        <translation>Se connecter avec un autre compte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CRM Sync is busy (a preview, a sync or a sign-in): try again in a moment.</source>
        <translation>CRM Sync est occupé (un aperçu, une synchronisation ou une connexion)&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM Sync has received Google&apos;s answer. You can close this window and go back to CRM Sync.</source>
        <translation>CRM Sync a reçu la réponse de Google. Vous pouvez fermer cette fenêtre et revenir à CRM Sync.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The sign-in gives up in {m}:{s:02d}.</source>
        <translation>Temps restant pour vous connecter&#xa0;: {m}:{s:02d}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your OAuth client file</source>
        <translation>Votre fichier client OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google OAuth client (*.json)</source>
        <translation>Client OAuth Google (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signing in with your OAuth client &lt;b&gt;{client}&lt;/b&gt;.</source>
        <translation>Connexion avec votre client OAuth &lt;b&gt;{client}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../crmsync_gui/ui/sync_page.py" line="+106"/>
        <source>Filter by name, email, phone, company, city or field</source>
        <translation>Filtrer par nom, e-mail, téléphone, société, ville ou champ</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+97"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM value</source>
        <translation>Valeur CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google value</source>
        <translation>Valeur Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM contact</source>
        <translation>Contact CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google contact</source>
        <translation>Contact Google</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Link</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are the same person: sync them together</source>
        <translation>C’est la même personne&#xa0;: les synchroniser ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep apart</source>
        <translation>Garder séparés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different people: never suggest them again</source>
        <translation>Personnes différentes&#xa0;: ne plus les proposer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Show the lists</source>
        <translation>Afficher les listes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sync again</source>
        <translation>Synchroniser à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected contacts back into the sync: the preview shows what the next sync will do with them</source>
        <translation>Remettre les contacts sélectionnés dans la synchronisation&#xa0;: l’aperçu montre ce que la prochaine synchronisation en fera</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>These changes are those of the preview of {time}: the last preview did not finish ({why}). Preview again to bring them up to date; a sync reads both sides again anyway.</source>
        <translation>Ces changements sont ceux de l’aperçu de {time}&#xa0;: le dernier aperçu ne s’est pas terminé ({why}). Relancez l’aperçu pour les mettre à jour&#xa0;; une synchronisation relit de toute façon les deux côtés.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Everything is in sync</source>
        <translation>Tout est synchronisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last sync {time}</source>
        <translation>dernière synchronisation {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n possible match(es) to look at</source>
        <translation>
            <numerusform>%n correspondance possible à examiner</numerusform>
            <numerusform>%n correspondances possibles à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) skipped (see the lists)</source>
        <translation>
            <numerusform>%n contact ignoré (voir les listes)</numerusform>
            <numerusform>%n contacts ignorés (voir les listes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{side} (your choice)</source>
        <translation>{side} (votre choix)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for your choice</source>
        <translation>en attente de votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{side} (by the rule)</source>
        <translation>{side} (selon la règle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM → Google</source>
        <translation>CRM → Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google → CRM</source>
        <translation>Google → CRM</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n left out</source>
        <translation>
            <numerusform>%n laissé de côté</numerusform>
            <numerusform>%n laissés de côté</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no match</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped duplicates ({n})</source>
        <translation>Doublons ignorés ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible matches ({n})</source>
        <translation>Correspondances possibles ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced ({n})</source>
        <translation>Non synchronisés ({n})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skipped ({side})</source>
        <translation>Ignoré ({side})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced ({side})</source>
        <translation>Non synchronisé ({side})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose to ignore this contact: syncs leave it alone. Choose Sync again to take it back.</source>
        <translation>Vous avez choisi d’ignorer ce contact&#xa0;: les synchronisations le laissent de côté. Choisissez «&#xa0;Synchroniser à nouveau&#xa0;» pour le reprendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its Google copy was deleted in Google, or removed by an undo. The CRM contact is kept and no longer sent to Google. Choose Sync again to send it back.</source>
        <translation>Sa copie Google a été supprimée dans Google, ou retirée par une annulation. Le contact du CRM est conservé et n’est plus envoyé à Google. Choisissez «&#xa0;Synchroniser à nouveau&#xa0;» pour l’y renvoyer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ignored by you</source>
        <translation>ignoré à votre demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept after its Google copy was removed</source>
        <translation>conservé après le retrait de sa copie Google</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Include selected ({n})</source>
        <translation>Inclure la sélection ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out selected ({n})</source>
        <translation>Exclure la sélection ({n})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ignore this contact</source>
        <translation>Ignorer ce contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never sync {name} again</source>
        <translation>Ne plus jamais synchroniser {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n contact(s) back in the sync.</source>
        <translation>
            <numerusform>%n contact remis dans la synchronisation.</numerusform>
            <numerusform>%n contacts remis dans la synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../crmsync_gui/ui/tray.py" line="+76"/>
        <source>Open CRM Sync</source>
        <translation>Ouvrir CRM Sync</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+144"/>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>CRM Sync</source>
        <translation>CRM Sync</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is in sync</source>
        <translation>Tout est synchronisé</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>CRM Sync is still running</source>
        <translation>CRM Sync continue de fonctionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps checking for changes. Quit it from this icon&apos;s menu.</source>
        <translation>Il continue de vérifier les modifications. Pour le quitter, utilisez le menu de cette icône.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>CRM Sync — everything is in sync</source>
        <translation>CRM Sync — tout est synchronisé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>CRM Sync — %Ln contact(s) to sync</source>
        <translation>
            <numerusform>CRM Sync — %Ln contact à synchroniser</numerusform>
            <numerusform>CRM Sync — %Ln contacts à synchroniser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln contact(s) to sync</source>
        <translation>
            <numerusform>%Ln contact à synchroniser</numerusform>
            <numerusform>%Ln contacts à synchroniser</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{why} Open CRM Sync ▸ Account ▸ Sign in again…</source>
        <translation>{why} Ouvrez CRM Sync ▸ Compte ▸ Se reconnecter…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Synced by itself: %n change(s) written.</source>
        <translation>
            <numerusform>Synchronisé tout seul&#xa0;: %n modification enregistrée.</numerusform>
            <numerusform>Synchronisé tout seul&#xa0;: %n modifications enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync stopped: {reason}</source>
        <translation>La synchronisation s’est arrêtée&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync finished with problems: %n contact(s) not synced.</source>
        <translation>
            <numerusform>Synchronisation terminée avec des problèmes&#xa0;: %n contact non synchronisé.</numerusform>
            <numerusform>Synchronisation terminée avec des problèmes&#xa0;: %n contacts non synchronisés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not change start at login: {error}</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session&#xa0;: {error}</translation>
    </message>
</context>
</TS>
