<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/about.py" line="+26"/>
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
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../crmsync_gui/ui/app.py" line="+252"/>
        <source>CRM Sync cannot start</source>
        <translation>CRM Sync ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/backups_dialog.py" line="+94"/>
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
    <message>
        <location line="+3"/>
        <source>The CRM database is back to {n} contacts; the one you had is kept as the backup of {when}.</source>
        <translation>La base CRM contient de nouveau {n} contact(s)&#xa0;; celle que vous aviez est conservée dans la sauvegarde du {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google: {created} contacts created again, {reverted} put back as they were.</source>
        <translation>Google&#xa0;: {created} contact(s) recréé(s), {reverted} remis dans leur état d’origine.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../crmsync_gui/ui/change_model.py" line="+78"/>
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
        <location line="+153"/>
        <source>{action} (conflict)</source>
        <translation>{action} (conflit)</translation>
    </message>
</context>
<context>
    <name>CrmPage</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="+126"/>
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
        <location line="+7"/>
        <source>Database file:</source>
        <translation>Fichier de la base&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file:</source>
        <translation>Fichier CSV&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening…</source>
        <translation>Ouverture en cours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} contacts in {path}.</source>
        <translation>{n} contact(s) dans {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: {created} new, {updated} updated. </source>
        <translation>Import terminé&#xa0;: {created} nouveau(x), {updated} mis à jour. </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../crmsync_gui/ui/detail_pane.py" line="+48"/>
        <source>Select a contact to see what would change.</source>
        <translation>Sélectionnez un contact pour voir ce qui changerait.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CRM → Google</source>
        <translation>CRM → Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google → CRM</source>
        <translation>Google → CRM</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+10"/>
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
        <location filename="../crmsync_gui/ui/diagnostics_export.py" line="+24"/>
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
        <location filename="../crmsync_gui/ui/errors.py" line="+26"/>
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
        <location line="+16"/>
        <source>CRM database problem</source>
        <translation>Problème avec la base CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync state problem</source>
        <translation>Problème avec l’état de la synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>HistoryDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/history_dialog.py" line="+56"/>
        <source>History and undo</source>
        <translation>Historique et annulation</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+15"/>
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
        <location line="+10"/>
        <source>Errors of the selected run:</source>
        <translation>Erreurs de la synchronisation sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The last {n} runs, newest first.</source>
        <translation>Les {n} dernières synchronisations, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No sync has run yet.</source>
        <translation>Aucune synchronisation n’a encore eu lieu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One run so far.</source>
        <translation>Une seule synchronisation jusqu’ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>undo of run {n}</source>
        <translation>annulation de la synchronisation n°&#xa0;{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+0"/>
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
    <message>
        <location line="+3"/>
        <source>{n} created in Google</source>
        <translation>{n} créé(s) dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} updated in Google</source>
        <translation>{n} mis à jour dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} deleted in Google</source>
        <translation>{n} supprimé(s) dans Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} created in the CRM</source>
        <translation>{n} créé(s) dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} updated in the CRM</source>
        <translation>{n} mis à jour dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} deleted in the CRM</source>
        <translation>{n} supprimé(s) dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} kept in the CRM</source>
        <translation>{n} conservé(s) dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} detached</source>
        <translation>{n} dissocié(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} put back</source>
        <translation>{n} rétabli(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo the last sync?</source>
        <translation>Annuler la dernière synchronisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back, on both sides, what the last sync changed?</source>
        <translation>Rétablir, des deux côtés, ce que la dernière synchronisation a modifié&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields that someone changed since that sync are left as they are; you will see which.</source>
        <translation>Les champs modifiés depuis cette synchronisation restent tels quels&#xa0;; vous verrez lesquels.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no sync to undo.</source>
        <translation>Il n’y a aucune synchronisation à annuler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changes put back.</source>
        <translation>{n} modification(s) rétablie(s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} fields were left alone: someone changed them after the sync.</source>
        <translation>{n} champ(s) laissé(s) tel(s) quel(s)&#xa0;: ils ont été modifiés après la synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} contacts will not be synced again by themselves.</source>
        <translation>{n} contact(s) ne seront plus synchronisés automatiquement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} changes could not be put back.</source>
        <translation>{n} modification(s) n’ont pas pu être rétablies.</translation>
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
        <source>deleted in Google: keep</source>
        <translation>supprimé de Google&#xa0;: garder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>rétablir</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../crmsync_gui/ui/main_window.py" line="+89"/>
        <source>CRM Sync</source>
        <translation>CRM Sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — demo</source>
        <translation> — démo</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by name, email or field</source>
        <translation>Filtrer par nom, e-mail ou champ</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-3"/>
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
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+21"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch</source>
        <translation>Arrêter après le lot en cours</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading Google Contacts…</source>
        <translation>Lecture de Contacts Google…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing contacts…</source>
        <translation>Comparaison des contacts…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch {n}/{m} · {done} of {total} contacts</source>
        <translation>Lot {n}/{m} · {done} contacts sur {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking what remains…</source>
        <translation>Vérification de ce qui reste…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sync done: {n} changes written.</source>
        <translation>Synchronisation terminée&#xa0;: {n} modification(s) enregistrée(s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync cancelled after {n} changes; the next sync continues from there.</source>
        <translation>Synchronisation annulée après {n} modification(s)&#xa0;; la prochaine reprendra à partir de là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stopped after {n} changes.</source>
        <translation>Synchronisation interrompue après {n} modification(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some changes were not synced</source>
        <translation>Certaines modifications n’ont pas été synchronisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} problems during the sync. Everything else was saved.</source>
        <translation>{n} problème(s) pendant la synchronisation. Tout le reste a été enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete many contacts?</source>
        <translation>Supprimer de nombreux contacts&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync would delete many contacts. Sync anyway?</source>
        <translation>Cette synchronisation supprimerait de nombreux contacts. Synchroniser quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Everything is in sync.</source>
        <translation>Tout est synchronisé.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location line="+4"/>
        <source>{n} left out</source>
        <translation>{n} exclu(s)</translation>
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
        <location line="+7"/>
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
    <message>
        <location line="+36"/>
        <source>Skipped ({side})</source>
        <translation>Ignoré ({side})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible match</source>
        <translation>Correspondance possible</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+4"/>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} will not be synced any more.</source>
        <translation>{name} ne sera plus synchronisé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the CRM and Google contacts are no longer linked.</source>
        <translation>{name}&#xa0;: les contacts CRM et Google ne sont plus associés.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="+168"/>
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
        <location filename="../crmsync_gui/ui/settings_dialog.py" line="+68"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>RestoreSidesDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/backups_dialog.py" line="-159"/>
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
    <message>
        <location line="+1"/>
        <source>Only the CRM database ({n} contacts)</source>
        <translation>Seulement la base CRM ({n} contacts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the Google contacts ({n} contacts)</source>
        <translation>Seulement les contacts Google ({n} contacts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/settings_dialog.py" line="+24"/>
        <location line="+115"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Sync only the Google contacts in this label</source>
        <translation>Synchroniser uniquement les contacts Google ayant ce libellé</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+12"/>
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
        <location line="+2"/>
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
        <location line="+5"/>
        <source>OAuth client file</source>
        <translation>Fichier client OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google&apos;s default</source>
        <translation>Valeur par défaut de Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled client</source>
        <translation>le client fourni avec l’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced: Google endpoints (for proxies and tests)</source>
        <translation>Avancé&#xa0;: adresses des services Google (pour les proxys et les tests)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+1"/>
        <source>OAuth client file:</source>
        <translation>Fichier client OAuth&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="-331"/>
        <source>Set up CRM Sync</source>
        <translation>Configurer CRM Sync</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the first preview</source>
        <translation>Afficher le premier aperçu</translation>
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
        <location line="+2"/>
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
        <location line="+10"/>
        <source>If no browser opened, open this address:</source>
        <translation>Si aucun navigateur ne s’est ouvert, ouvrez cette adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Signed in as &lt;b&gt;{email}&lt;/b&gt;.</source>
        <translation>Connecté en tant que &lt;b&gt;{email}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with another account</source>
        <translation>Se connecter avec un autre compte</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sign-in gives up in {m}:{s:02d}.</source>
        <translation>Temps restant pour vous connecter&#xa0;: {m}:{s:02d}.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../crmsync_gui/ui/tray.py" line="+73"/>
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
        <location line="+139"/>
        <location line="+15"/>
        <location line="+3"/>
        <source>CRM Sync</source>
        <translation>CRM Sync</translation>
    </message>
    <message>
        <location line="-105"/>
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
        <location line="+34"/>
        <source>CRM Sync is still running</source>
        <translation>CRM Sync continue de fonctionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps checking for changes. Quit it from this icon&apos;s menu.</source>
        <translation>Il continue de vérifier les modifications. Pour le quitter, utilisez le menu de cette icône.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>1 contact to sync</source>
        <translation>1 contact à synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} contacts to sync</source>
        <translation>{n} contacts à synchroniser</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synced by itself: {n} changes written.</source>
        <translation>Synchronisation automatique&#xa0;: {n} modification(s) enregistrée(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change start at login: {error}</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session&#xa0;: {error}</translation>
    </message>
</context>
</TS>
