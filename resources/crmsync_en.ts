<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/about.py" line="+27"/>
        <source>About CRM Sync</source>
        <translation>About CRM Sync</translation>
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
        <translation>Keeps the contacts of your CRM and of Google Contacts in two-way sync.

Your profile folder: {home}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open logs folder</source>
        <translation>Open logs folder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logs folder</source>
        <translation>Logs folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file manager could open it. The logs are in:</source>
        <translation>No file manager could open it. The logs are in:</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/account_dialog.py" line="+42"/>
        <source>Google account</source>
        <translation>Google account</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each Google account keeps its own sync state: another account starts its own first sync with the CRM, and coming back to this one later finds it as you left it.</source>
        <translation>Each Google account keeps its own sync state: another account starts its own first sync with the CRM, and coming back to this one later finds it as you left it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not signed in to Google: nothing is synced until you sign in.</source>
        <translation>Not signed in to Google: nothing is synced until you sign in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google account: &lt;b&gt;{email}&lt;/b&gt;</source>
        <translation>Google account: &lt;b&gt;{email}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign out?</source>
        <translation>Sign out?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of {email}?</source>
        <translation>Sign out of {email}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM Sync stops syncing until you sign in again, and Google forgets its permission. Your contacts stay as they are, in the CRM and in Google.</source>
        <translation>CRM Sync stops syncing until you sign in again, and Google forgets its permission. Your contacts stay as they are, in the CRM and in Google.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Google could not be reached to withdraw the permission: withdraw it in your Google account&apos;s security settings if you want it gone there too.</source>
        <translation>Google could not be reached to withdraw the permission: withdraw it in your Google account&apos;s security settings if you want it gone there too.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../crmsync_gui/ui/account_menu.py" line="+30"/>
        <location line="+37"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>S&amp;witch account…</source>
        <translation>S&amp;witch account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each Google account keeps its own sync state</source>
        <translation>Each Google account keeps its own sync state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out…</source>
        <translation>Sign &amp;out…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{email}: sign-in lost</source>
        <translation>{email}: sign-in lost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as {email}</source>
        <translation>Signed in as {email}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Sign in again…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>You are not signed in to Google. The contact book works without it; sign in to sync it with your phone.</source>
        <translation>You are not signed in to Google. The contact book works without it; sign in to sync it with your phone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts this computer&apos;s sign-in (it was withdrawn, it expired, or it could not be kept). Sign in again: nothing is lost, the sync continues where it was.</source>
        <translation>Google no longer accepts this computer&apos;s sign-in (it was withdrawn, it expired, or it could not be kept). Sign in again: nothing is lost, the sync continues where it was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../crmsync_gui/ui/app.py" line="+365"/>
        <source>CRM Sync cannot start</source>
        <translation>CRM Sync cannot start</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/backups_dialog.py" line="+95"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup of both sides is made before the first sync and before any sync that deletes contacts.</source>
        <translation>A backup of both sides is made before the first sync and before any sync that deletes contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM contacts</source>
        <translation>CRM contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google contacts</source>
        <translation>Google contacts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the CRM database and the Google contacts</source>
        <translation>the CRM database and the Google contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CRM database</source>
        <translation>the CRM database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Google contacts</source>
        <translation>the Google contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back {what} as they were on {when}?</source>
        <translation>Put back {what} as they were on {when}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes made since then on that side are replaced. The CRM database as it is now is backed up first.</source>
        <translation>Changes made since then on that side are replaced. The CRM database as it is now is backed up first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup of {when} is restored.</source>
        <translation>The backup of {when} is restored.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The CRM database is back to %Ln contact(s); the one you had is kept as the backup of {when}.</source>
        <translation>
            <numerusform>The CRM database is back to %Ln contact; the one you had is kept as the backup of {when}.</numerusform>
            <numerusform>The CRM database is back to %Ln contacts; the one you had is kept as the backup of {when}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google: {created}, {reverted}.</source>
        <translation>Google: {created}, {reverted}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) created again</source>
        <translation>
            <numerusform>%n contact created again</numerusform>
            <numerusform>%n contacts created again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n put back as it was</source>
        <translation>
            <numerusform>%n put back as it was</numerusform>
            <numerusform>%n put back as it was</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../crmsync_gui/ui/change_model.py" line="+134"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed fields</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>your choice (conflict)</source>
        <translation>your choice (conflict)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} (conflict)</source>
        <translation>{action} (conflict)</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../crmsync_gui/ui/companies_page.py" line="+43"/>
        <source>Search the companies</source>
        <translation>Search the companies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New company…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Choose a company to see its contacts.</source>
        <translation>Choose a company to see its contacts.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact(s) at {name}</source>
        <translation>
            <numerusform>%n contact at {name}</numerusform>
            <numerusform>%n contacts at {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rename the company</source>
        <translation>Rename the company</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {name}?</source>
        <translation>Delete {name}?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) lose their company in Google at the next sync. Unlink them and delete the company?</source>
        <translation>
            <numerusform>%n contact loses its company in Google at the next sync. Unlink it and delete the company?</numerusform>
            <numerusform>%n contacts lose their company in Google at the next sync. Unlink them and delete the company?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyLinks</name>
    <message>
        <location filename="../crmsync_gui/ui/company_links.py" line="+51"/>
        <source>Add a company…</source>
        <translation>Add a company…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make primary</source>
        <translation>Make primary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, job title and professional phone, mobile and email are the ones sent to Google.</source>
        <translation>Its name, job title and professional phone, mobile and email are the ones sent to Google.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this company</source>
        <translation>Leave this company</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Google keeps one company per contact: the primary one. The others stay in the CRM.</source>
        <translation>Google keeps one company per contact: the primary one. The others stay in the CRM.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a company</source>
        <translation>Add a company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company (choose one, or type the name of a new one):</source>
        <translation>Company (choose one, or type the name of a new one):</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{name} (new company)</source>
        <translation>{name} (new company)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — primary</source>
        <translation>{name} — primary</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../crmsync_gui/ui/contact_actions.py" line="+31"/>
        <source>{name} will not be synced any more.</source>
        <translation>{name} will not be synced any more.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the CRM and Google contacts are no longer linked.</source>
        <translation>{name}: the CRM and Google contacts are no longer linked.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../crmsync_gui/ui/contact_editor.py" line="+60"/>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work mobile</source>
        <translation>Work mobile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work email</source>
        <translation>Work email</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comma-separated, e.g. VIP, Salon 2025</source>
        <translation>Comma-separated, e.g. VIP, Salon 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From Google</source>
        <translation>From Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync keeps this block: Google&apos;s professional values that the CRM fields above do not hold. Change them in Google, or in the fields above.</source>
        <translation>The sync keeps this block: Google&apos;s professional values that the CRM fields above do not hold. Change them in Google, or in the fields above.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>read as {number}</source>
        <translation>read as {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ not read as a phone number: synced as typed</source>
        <translation>⚠ not read as a phone number: synced as typed</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{value} is not an email address (something@domain).</source>
        <translation>{value} is not an email address (something@domain).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the contact at least a name, an email or a mobile.</source>
        <translation>Give the contact at least a name, an email or a mobile.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../crmsync_gui/ui/contacts_model.py" line="+54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../crmsync_gui/ui/contacts_page.py" line="+92"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out of this sync</source>
        <translation>left out of this sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>possible match</source>
        <translation>possible match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped duplicate</source>
        <translation>skipped duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held back</source>
        <translation>held back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synced by choice</source>
        <translation>not synced by choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept after a Google deletion</source>
        <translation>kept after a Google deletion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in sync</source>
        <translation>in sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed on both sides: choose the value to keep on the Sync page.</source>
        <translation>Changed on both sides: choose the value to keep on the Sync page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next sync writes its changes.</source>
        <translation>The next sync writes its changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has changes, but you left them out of the next sync.</source>
        <translation>It has changes, but you left them out of the next sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may be a Google contact already: link them or keep them apart on the Sync page.</source>
        <translation>It may be a Google contact already: link them or keep them apart on the Sync page.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You chose never to sync it: syncs leave it alone.</source>
        <translation>You chose never to sync it: syncs leave it alone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its Google copy was deleted: it is kept here and no longer sent to Google.</source>
        <translation>Its Google copy was deleted: it is kept here and no longer sent to Google.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to sync.</source>
        <translation>Nothing to sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no Google contact yet: the next preview says what the sync will do.</source>
        <translation>It has no Google contact yet: the next preview says what the sync will do.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted: the next sync deletes its Google copy too, unless it was changed in Google since (a backup is made first). Restore brings it back.</source>
        <translation>Deleted: the next sync deletes its Google copy too, unless it was changed in Google since (a backup is made first). Restore brings it back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name, email, phone, company, city, tag or note (Ctrl+F)</source>
        <translation>Search by name, email, phone, company, city, tag or note (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+128"/>
        <source>Every tag</source>
        <translation>Every tag</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is a Google contact already: sync them together</source>
        <translation>It is a Google contact already: sync them together</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>It shares its email with another contact: it is not synced until that changes.</source>
        <translation>It shares its email with another contact: it is not synced until that changes.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>in the trash</source>
        <translation>in the trash</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sync holds it back.</source>
        <translation>The sync holds it back.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sync state cannot be read now (not signed in, or a problem the Sync page shows): where it stands is not known.</source>
        <translation>The sync state cannot be read now (not signed in, or a problem the Sync page shows): where it stands is not known.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename this tag on every contact; its Google label follows at the next sync</source>
        <translation>Rename this tag on every contact; its Google label follows at the next sync</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contact to the CRM (Ctrl+N)</source>
        <translation>Add a contact to the CRM (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not the same person: neither is synced with the other again</source>
        <translation>Not the same person: neither is synced with the other again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To the trash (the Delete key): it can be restored from there</source>
        <translation>To the trash (the Delete key): it can be restored from there</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync this contact</source>
        <translation>Sync this contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync this contact alone, now</source>
        <translation>Sync this contact alone, now</translation>
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
            <numerusform>%Ln of {total} contacts</numerusform>
            <numerusform>%Ln of {total} contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a contact to see it here.</source>
        <translation>Choose a contact to see it here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its Google side is not known now.</source>
        <translation>Its Google side is not known now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked to a Google contact.</source>
        <translation>Not linked to a Google contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to a Google contact · last sync {when}</source>
        <translation>Linked to a Google contact · last sync {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked to a Google contact.</source>
        <translation>Linked to a Google contact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in Google Contacts</source>
        <translation>Open in Google Contacts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync again</source>
        <translation>Sync again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never sync</source>
        <translation>Never sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take it back into the sync</source>
        <translation>Take it back into the sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this contact out of every sync</source>
        <translation>Leave this contact out of every sync</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A preview or a sync is running: save again in a moment (nothing is lost while the editor is open).</source>
        <translation>A preview or a sync is running: save again in a moment (nothing is lost while the editor is open).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. The next sync takes it to Google.</source>
        <translation>Saved. The next sync takes it to Google.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same email</source>
        <translation>Same email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already has this email.</source>
        <translation>{name} already has this email.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open {name}</source>
        <translation>Open {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restored.</numerusform>
            <numerusform>%n contacts restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) moved to the trash (see the status filter).</source>
        <translation>
            <numerusform>%n contact moved to the trash (see the status filter).</numerusform>
            <numerusform>%n contacts moved to the trash (see the status filter).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename a tag</source>
        <translation>Rename a tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of the tag {tag} (on every contact, and its Google label at the next sync):</source>
        <translation>New name of the tag {tag} (on every contact, and its Google label at the next sync):</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Tag {old} renamed {new} on %n contact(s).</source>
        <translation>
            <numerusform>Tag {old} renamed {new} on %n contact.</numerusform>
            <numerusform>Tag {old} renamed {new} on %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in to Google: its label is not renamed.</source>
        <translation>Not signed in to Google: its label is not renamed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} needs your choice first, on the Sync page.</source>
        <translation>{name} needs your choice first, on the Sync page.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is back in the sync.</source>
        <translation>{name} is back in the sync.</translation>
    </message>
</context>
<context>
    <name>CrmFiles</name>
    <message>
        <location filename="../crmsync_gui/ui/crm_files.py" line="+29"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New CRM database…</source>
        <translation>&amp;New CRM database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open CRM database…</source>
        <translation>&amp;Open CRM database…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CRMSYNC_CRM_DB environment variable chooses the CRM database</source>
        <translation>The CRMSYNC_CRM_DB environment variable chooses the CRM database</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another CRM database</source>
        <translation>Another CRM database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each CRM database has its own sync state: the first sync of another one matches its contacts with Google again by email (nobody is duplicated), and this one&apos;s history stays with it. Go on?</source>
        <translation>Each CRM database has its own sync state: the first sync of another one matches its contacts with Google again by email (nobody is duplicated), and this one&apos;s history stays with it. Go on?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New CRM database</source>
        <translation>New CRM database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open CRM database</source>
        <translation>Open CRM database</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n contact(s) exported to {path}.</source>
        <translation>
            <numerusform>%n contact exported to {path}.</numerusform>
            <numerusform>%n contacts exported to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Now using the CRM database {path} (%n contact(s)).</source>
        <translation>
            <numerusform>Now using the CRM database {path} (%n contact).</numerusform>
            <numerusform>Now using the CRM database {path} (%n contacts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n restored from the trash</source>
        <translation>
            <numerusform>%n restored from the trash</numerusform>
            <numerusform>%n restored from the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n companies created</source>
        <translation>
            <numerusform>%n company created</numerusform>
            <numerusform>%n companies created</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import done</source>
        <translation>Import done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {counts}.</source>
        <translation>{file}: {counts}.</translation>
    </message>
</context>
<context>
    <name>CrmPage</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="+158"/>
        <source>Your CRM database</source>
        <translation>Your CRM database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM Sync keeps your contacts in a CRM database file. Start a new one, open the one you have, or import your contacts from a spreadsheet (CSV).</source>
        <translation>CRM Sync keeps your contacts in a CRM database file. Start a new one, open the one you have, or import your contacts from a spreadsheet (CSV).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new, empty CRM database</source>
        <translation>Create a new, empty CRM database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing CRM database</source>
        <translation>Open an existing CRM database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV file (into a new database, or the existing one)</source>
        <translation>Import a CSV file (into a new database, or the existing one)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CRM database</source>
        <translation>CRM database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM database (*.sqlite3 *.sqlite *.db)</source>
        <translation>CRM database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try the demo first…</source>
        <translation>Try the demo first…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample contacts and a stand-in for Google, in a profile of their own: nothing here is touched. Closing the demo brings you back to this setup.</source>
        <translation>Sample contacts and a stand-in for Google, in a profile of their own: nothing here is touched. Closing the demo brings you back to this setup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file:</source>
        <translation>CSV file:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln contact(s) in {path}.</source>
        <translation>
            <numerusform>%Ln contact in {path}.</numerusform>
            <numerusform>%Ln contacts in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: {created}, {updated}. </source>
        <translation>Imported: {created}, {updated}. </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../crmsync_gui/ui/detail_pane.py" line="+54"/>
        <source>Select a contact to see what would change.</source>
        <translation>Select a contact to see what would change.</translation>
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
        <translation>Stays in Google as it is</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The contact</source>
        <translation>The contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Possible match</source>
        <translation>Possible match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
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
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} (in the note)</source>
        <translation>{field} (in the note)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Conflict: {field}</source>
        <translation>Conflict: {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the CRM value</source>
        <translation>Keep the CRM value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Google value</source>
        <translation>Keep the Google value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice}: {value}</source>
        <translation>{choice}: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed {when}</source>
        <translation>Changed {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced until you choose.</source>
        <translation>Not synced until you choose.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted in Google</source>
        <translation>Deleted in Google</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it in the CRM (no longer synced)</source>
        <translation>Keep it in the CRM (no longer synced)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it in the CRM too</source>
        <translation>Delete it in the CRM too</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it back to Google</source>
        <translation>Send it back to Google</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExporter</name>
    <message>
        <location filename="../crmsync_gui/ui/diagnostics_export.py" line="+32"/>
        <source>Where to save the diagnostics file</source>
        <translation>Where to save the diagnostics file</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Diagnostics exported</source>
        <translation>Diagnostics exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnostics file is saved as:
{path}</source>
        <translation>The diagnostics file is saved as:
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send it to support. It holds the logs, the settings and a summary of the sync state, without passwords or tokens.</source>
        <translation>Send it to support. It holds the logs, the settings and a summary of the sync state, without passwords or tokens.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../crmsync_gui/ui/errors.py" line="+37"/>
        <source>Google Contacts error</source>
        <translation>Google Contacts error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Google again</source>
        <translation>Sign in to Google again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in cancelled</source>
        <translation>Sign-in cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full read needed</source>
        <translation>Full read needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact changed in Google meanwhile</source>
        <translation>Contact changed in Google meanwhile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts is full</source>
        <translation>Google Contacts is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google is not answering</source>
        <translation>Google is not answering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused a change</source>
        <translation>Google refused a change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google answered with unusable data</source>
        <translation>Google answered with unusable data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Google OAuth client configured</source>
        <translation>No Google OAuth client configured</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM database problem</source>
        <translation>CRM database problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync state problem</source>
        <translation>Sync state problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings problem</source>
        <translation>Settings problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or network problem</source>
        <translation>File or network problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected problem</source>
        <translation>Unexpected problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. The log file has the details.</source>
        <translation>Something went wrong. The log file has the details.</translation>
    </message>
</context>
<context>
    <name>GoogleSetupGuide</name>
    <message>
        <location filename="../crmsync_gui/ui/guide.py" line="+53"/>
        <source>Connecting CRM Sync to your Google account</source>
        <translation>Connecting CRM Sync to your Google account</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/history_dialog.py" line="+84"/>
        <source>History and undo</source>
        <translation>History and undo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a run to see its errors.</source>
        <translation>Select a run to see its errors.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo last sync…</source>
        <translation>Undo last sync…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back what the last sync changed, on both sides</source>
        <translation>Put back what the last sync changed, on both sides</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Errors of the selected run:</source>
        <translation>Errors of the selected run:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No sync has run yet.</source>
        <translation>No sync has run yet.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>What the selected run did, contact by contact:</source>
        <translation>What the selected run did, contact by contact:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+119"/>
        <source>Select a run to see what it did.</source>
        <translation>Select a run to see what it did.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>One run so far.</source>
        <translation>One run so far.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last %n run(s), newest first.</source>
        <translation>
            <numerusform>The last %n run.</numerusform>
            <numerusform>The last %n runs, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undo of run {n}</source>
        <translation>undo of run {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial undo of run {n}</source>
        <translation>partial undo of run {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly done</source>
        <translation>partly done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for confirmation</source>
        <translation>waiting for confirmation</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n created in Google</source>
        <translation>
            <numerusform>%n created in Google</numerusform>
            <numerusform>%n created in Google</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated in Google</source>
        <translation>
            <numerusform>%n updated in Google</numerusform>
            <numerusform>%n updated in Google</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted in Google</source>
        <translation>
            <numerusform>%n deleted in Google</numerusform>
            <numerusform>%n deleted in Google</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n created in the CRM</source>
        <translation>
            <numerusform>%n created in the CRM</numerusform>
            <numerusform>%n created in the CRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated in the CRM</source>
        <translation>
            <numerusform>%n updated in the CRM</numerusform>
            <numerusform>%n updated in the CRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted in the CRM</source>
        <translation>
            <numerusform>%n deleted in the CRM</numerusform>
            <numerusform>%n deleted in the CRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept in the CRM</source>
        <translation>
            <numerusform>%n kept in the CRM</numerusform>
            <numerusform>%n kept in the CRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n detached</source>
        <translation>
            <numerusform>%n detached</numerusform>
            <numerusform>%n detached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n put back</source>
        <translation>
            <numerusform>%n put back</numerusform>
            <numerusform>%n put back</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No error.</source>
        <translation>No error.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An undo has no list of its own: it put back what an earlier run wrote.</source>
        <translation>An undo has no list of its own: it put back what an earlier run wrote.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An undo has no list of its own: it put back what the run of {when} wrote.</source>
        <translation>An undo has no list of its own: it put back what the run of {when} wrote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select that run to see its contacts.</source>
        <translation>Select that run to see its contacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading what this run did…</source>
        <translation>Loading what this run did…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This run wrote nothing and reported no contact.</source>
        <translation>This run wrote nothing and reported no contact.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Undo the last sync?</source>
        <translation>Undo the last sync?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo run {n} of {when}?</source>
        <translation>Undo run {n} of {when}?</translation>
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
            <numerusform>{side}: %n contact changed back</numerusform>
            <numerusform>{side}: %n contacts changed back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{side}: %n contact(s) deleted</source>
        <translation>
            <numerusform>{side}: %n contact deleted</numerusform>
            <numerusform>{side}: %n contacts deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{side}: %n contact(s) re-created</source>
        <translation>
            <numerusform>{side}: %n contact re-created</numerusform>
            <numerusform>{side}: %n contacts re-created</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what that sync wrote is put back. Fields that someone changed since are left as they are; you will see which.</source>
        <translation>Only what that sync wrote is put back. Fields that someone changed since are left as they are; you will see which.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you changed yourself before that sync (a contact edited, a company left, in the CRM or in Google) stays as you made it: the next preview shows it again, to sync or to leave out.</source>
        <translation>What you changed yourself before that sync (a contact edited, a company left, in the CRM or in Google) stays as you made it: the next preview shows it again, to sync or to leave out.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no sync to undo.</source>
        <translation>There is no sync to undo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) put back.</source>
        <translation>
            <numerusform>%n change put back.</numerusform>
            <numerusform>%n changes put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) left alone: someone changed them after the sync.</source>
        <translation>
            <numerusform>%n field left alone: someone changed it after the sync.</numerusform>
            <numerusform>%n fields left alone: someone changed them after the sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) will not be synced again by themselves.</source>
        <translation>
            <numerusform>%n contact will not be synced again by itself.</numerusform>
            <numerusform>%n contacts will not be synced again by themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) could not be put back.</source>
        <translation>
            <numerusform>%n change could not be put back.</numerusform>
            <numerusform>%n changes could not be put back.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left alone:</source>
        <translation>Left alone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced again:</source>
        <translation>Not synced again:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors:</source>
        <translation>Errors:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo last sync</source>
        <translation>Undo last sync</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../crmsync_gui/ui/labels.py" line="+22"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal mobile</source>
        <translation>Personal mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal email</source>
        <translation>Personal email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work mobile</source>
        <translation>Work mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work email</source>
        <translation>Work email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delete in Google</source>
        <translation>delete in Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete in CRM</source>
        <translation>delete in CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep in CRM</source>
        <translation>keep in CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send back to Google</source>
        <translation>send back to Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop syncing</source>
        <translation>stop syncing</translation>
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
        <translation>The newest change wins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM wins</source>
        <translation>The CRM wins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google wins</source>
        <translation>Google wins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask me in the preview</source>
        <translation>Ask me in the preview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask me (keep until I decide)</source>
        <translation>Ask me (keep until I decide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the CRM contact</source>
        <translation>Keep the CRM contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the CRM contact too</source>
        <translation>Delete the CRM contact too</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work mobile</source>
        <translation>work mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home fax</source>
        <translation>home fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work fax</source>
        <translation>work fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pager</source>
        <translation>pager</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/contacts_page.py" line="+38"/>
        <source>Link {name} to a Google contact</source>
        <translation>Link {name} to a Google contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search the Google contacts</source>
        <translation>Search the Google contacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google contact</source>
        <translation>Google contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every Google contact read by the last preview is linked already.</source>
        <translation>Every Google contact read by the last preview is linked already.</translation>
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
        <translation> — demo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare both sides again (nothing is written)</source>
        <translation>Compare both sides again (nothing is written)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the checked changes to both sides</source>
        <translation>Apply the checked changes to both sides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About CRM Sync</source>
        <translation>&amp;About CRM Sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History and undo…</source>
        <translation>&amp;History and undo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;diagnostics…</source>
        <translation>Export &amp;diagnostics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A zip of the logs and settings for support, without passwords or tokens</source>
        <translation>A zip of the logs and settings for support, without passwords or tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New contact…</source>
        <translation>&amp;New contact…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Google no longer accepts this computer&apos;s sign-in: nothing is synced until you &lt;a href=&quot;#sign-in&quot;&gt;sign in again&lt;/a&gt;.</source>
        <translation>Google no longer accepts this computer&apos;s sign-in: nothing is synced until you &lt;a href=&quot;#sign-in&quot;&gt;sign in again&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Google account: not signed in</source>
        <translation>Google account: not signed in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in to Google: the contact book works as it is; Account ▸ Sign in… to sync it with your phone.</source>
        <translation>Not signed in to Google: the contact book works as it is; Account ▸ Sign in… to sync it with your phone.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stopping after the current batch…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading Google Contacts…</source>
        <translation>Reading Google Contacts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing contacts…</source>
        <translation>Comparing contacts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the CRM and Google Contacts…</source>
        <translation>Backing up the CRM and Google Contacts…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking what remains…</source>
        <translation>Checking what remains…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The damaged sync state was set aside as {name}; a new one starts with this preview.</source>
        <translation>The damaged sync state was set aside as {name}; a new one starts with this preview.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Start a new sync state</source>
        <translation>Start a new sync state</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The damaged file is kept beside the new one, renamed …damaged-DATE. No contact is duplicated; the undo history is lost.</source>
        <translation>The damaged file is kept beside the new one, renamed …damaged-DATE. No contact is duplicated; the undo history is lost.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Warning: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync stopped</source>
        <translation>The sync stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync stopped before its end. What it wrote until then is kept, and the next sync continues from there.</source>
        <translation>The sync stopped before its end. What it wrote until then is kept, and the next sync continues from there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Some contacts were not synced</source>
        <translation>Some contacts were not synced</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n contact(s) could not be synced. Everything else was written; the next sync tries them again.</source>
        <translation>
            <numerusform>%n contact could not be synced. Everything else was written; the next sync tries it again.</numerusform>
            <numerusform>%n contacts could not be synced. Everything else was written; the next sync tries them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) could not be synced before the sync was cancelled; the next sync tries them again.</source>
        <translation>
            <numerusform>%n contact could not be synced before the sync was cancelled; the next sync tries it again.</numerusform>
            <numerusform>%n contacts could not be synced before the sync was cancelled; the next sync tries them again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync done</source>
        <translation>Sync done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every planned change was written. Worth knowing:</source>
        <translation>Every planned change was written. Worth knowing:</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… and %n more (Show Details…)</numerusform>
            <numerusform>… and %n more (Show Details…)</numerusform>
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
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop: what was written stays, and the next sync continues from there</source>
        <translation>Stop: what was written stays, and the next sync continues from there</translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>Batch {n}/{m} · {done} of %Ln contact(s)</source>
        <translation>
            <numerusform>Batch {n}/{m} · {done} of %Ln contact</numerusform>
            <numerusform>Batch {n}/{m} · {done} of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n change(s) written</source>
        <translation>
            <numerusform>%n change written</numerusform>
            <numerusform>%n changes written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync finished with %n contact(s) not synced; {written}.</source>
        <translation>
            <numerusform>Sync finished with %n contact not synced; {written}.</numerusform>
            <numerusform>Sync finished with %n contacts not synced; {written}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stopped after {changes}: {reason}</source>
        <translation>Sync stopped after {changes}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stopped after {changes}.</source>
        <translation>Sync stopped after {changes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync cancelled after {changes}; the next sync continues from there.</source>
        <translation>Sync cancelled after {changes}; the next sync continues from there.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync done: {written}; %n warning(s).</source>
        <translation>
            <numerusform>Sync done: {written}; %n warning.</numerusform>
            <numerusform>Sync done: {written}; %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync done: {written}.</source>
        <translation>Sync done: {written}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete many contacts?</source>
        <translation>Delete many contacts?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync would delete many contacts. Sync anyway?</source>
        <translation>This sync would delete many contacts. Sync anyway?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything is in sync.</source>
        <translation>Everything is in sync.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google account: {account} · Last sync: {last}</source>
        <translation>Google account: {account} · Last sync: {last}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="+46"/>
        <source>How to sync</source>
        <translation>How to sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change these later in the settings.</source>
        <translation>You can change these later in the settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts created in Google get this label</source>
        <translation>Contacts created in Google get this label</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google label for your CRM contacts:</source>
        <translation>Google label for your CRM contacts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a contact changed on both sides:</source>
        <translation>When a contact changed on both sides:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a contact is deleted in Google:</source>
        <translation>When a contact is deleted in Google:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me of waiting changes every:</source>
        <translation>Remind me of waiting changes every:</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../crmsync_gui/ui/settings_dialog.py" line="+109"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../crmsync_gui/ui/reasons.py" line="+41"/>
        <source>changed in the CRM</source>
        <translation>changed in the CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed in Google</source>
        <translation>changed in Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed in the CRM (first sync, matched by {match})</source>
        <translation>changed in the CRM (first sync, matched by {match})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed in Google (first sync, matched by {match})</source>
        <translation>changed in Google (first sync, matched by {match})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your link</source>
        <translation>your link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM Sync tag</source>
        <translation>CRM Sync tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal email {email}</source>
        <translation>personal email {email}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work email {email}</source>
        <translation>work email {email}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its link from before its deletion in the CRM</source>
        <translation>its link from before its deletion in the CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new in the CRM</source>
        <translation>new in the CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in Google</source>
        <translation>new in Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in Google, linked to the company {company}</source>
        <translation>new in Google, linked to the company {company}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in the CRM</source>
        <translation>deleted in the CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted in the CRM; kept in Google (not created by CRM Sync, not in the label) and no longer synced</source>
        <translation>deleted in the CRM; kept in Google (not created by CRM Sync, not in the label) and no longer synced</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted in Google</source>
        <translation>deleted in Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted in Google — kept in the CRM and no longer sent to Google (choose delete to remove it, or restore to send it back)</source>
        <translation>deleted in Google — kept in the CRM and no longer sent to Google (choose delete to remove it, or restore to send it back)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted in Google, restored at your request</source>
        <translation>deleted in Google, restored at your request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in Google, changed in the CRM since: kept (choose delete to remove it)</source>
        <translation>deleted in Google, changed in the CRM since: kept (choose delete to remove it)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept after its deletion in Google; restored at your request</source>
        <translation>kept after its deletion in Google; restored at your request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your choice: the {side} value is kept</source>
        <translation>your choice: the {side} value is kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both sides: the newest ({side}) wins</source>
        <translation>changed on both sides: the newest ({side}) wins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both sides: the CRM wins</source>
        <translation>changed on both sides: the CRM wins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both sides: Google wins</source>
        <translation>changed on both sides: Google wins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both sides: choose the value to keep</source>
        <translation>changed on both sides: choose the value to keep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: the {side} value is kept</source>
        <translation>different values at the first sync: the {side} value is kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: the newest ({side}) wins</source>
        <translation>different values at the first sync: the newest ({side}) wins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: the CRM wins</source>
        <translation>different values at the first sync: the CRM wins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: Google wins</source>
        <translation>different values at the first sync: Google wins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different values at the first sync: choose the value to keep</source>
        <translation>different values at the first sync: choose the value to keep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in the CRM but changed in Google since the last sync: not deleted in Google (delete it there, or restore it in the CRM)</source>
        <translation>deleted in the CRM but changed in Google since the last sync: not deleted in Google (delete it there, or restore it in the CRM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name, phone, email or address to send</source>
        <translation>no name, phone, email or address to send</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name, phone, email or address to copy</source>
        <translation>no name, phone, email or address to copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created by CRM Sync for CRM contact {crm_id}, which is deleted in the CRM: left alone</source>
        <translation>created by CRM Sync for CRM contact {crm_id}, which is deleted in the CRM: left alone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second Google copy of CRM contact {crm_id} (same CRM Sync tag): delete one of them in Google</source>
        <translation>a second Google copy of CRM contact {crm_id} (same CRM Sync tag): delete one of them in Google</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email {email} is also used by CRM contact {owner}: only that one is synced</source>
        <translation>email {email} is also used by CRM contact {owner}: only that one is synced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email {email} is also used by Google contact {owner}: only that one is synced</source>
        <translation>email {email} is also used by Google contact {owner}: only that one is synced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email {email} is already used by Google contact {holder}, which is synced with another CRM contact, skipped, or outside the label</source>
        <translation>email {email} is already used by Google contact {holder}, which is synced with another CRM contact, skipped, or outside the label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email {email} is already used by CRM contact {holder}, which is synced with another Google contact or skipped</source>
        <translation>email {email} is already used by CRM contact {holder}, which is synced with another Google contact or skipped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same phone number: link them, or keep them apart</source>
        <translation>the same phone number: link them, or keep them apart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlinked from Google contact {holder}: not synced until you link them again</source>
        <translation>unlinked from Google contact {holder}: not synced until you link them again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unlinked from CRM contact {holder}: not synced until you link them again</source>
        <translation>unlinked from CRM contact {holder}: not synced until you link them again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email {email} is used by Google contact {holder}, which you keep apart from it: link them to sync it</source>
        <translation>email {email} is used by Google contact {holder}, which you keep apart from it: link them to sync it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email {email} is used by CRM contact {holder}, which you keep apart from it: link them to sync it</source>
        <translation>email {email} is used by CRM contact {holder}, which you keep apart from it: link them to sync it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same email {email}, and one of them is left out of the sync: link them, or keep them apart</source>
        <translation>the same email {email}, and one of them is left out of the sync: link them, or keep them apart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same first and last name: link them, or keep them apart</source>
        <translation>the same first and last name: link them, or keep them apart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this run would delete {deletions} of {linked} synced contacts: confirm the deletions to go on</source>
        <translation>this run would delete {deletions} of {linked} synced contacts: confirm the deletions to go on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM contact {crm_id}</source>
        <translation>CRM contact {crm_id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the first sync</source>
        <translation>before the first sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a sync that deletes</source>
        <translation>before a sync that deletes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before restoring {backup}</source>
        <translation>before restoring {backup}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: changed in Google since the sync; not removed</source>
        <translation>{name}: changed in Google since the sync; not removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: removed from Google; it will not be sent again unless you restore it</source>
        <translation>{name}: removed from Google; it will not be sent again unless you restore it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {field} changed in Google since; left as is</source>
        <translation>{name}: {field} changed in Google since; left as is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: back in Google, and left out of the sync (its CRM contact is deleted)</source>
        <translation>{name}: back in Google, and left out of the sync (its CRM contact is deleted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: its photo could not be put back (Google sets no photo on a new contact): add it again on the phone</source>
        <translation>{name}: its photo could not be put back (Google sets no photo on a new contact): add it again on the phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not put back in Google: its CRM contact was restored and is synced with another Google contact since</source>
        <translation>{name}: not put back in Google: its CRM contact was restored and is synced with another Google contact since</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: changed in the CRM since; not removed</source>
        <translation>{name}: changed in the CRM since; not removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: removed from the CRM; its Google contact is left out of the sync</source>
        <translation>{name}: removed from the CRM; its Google contact is left out of the sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {field} changed in the CRM since; left as is</source>
        <translation>{name}: {field} changed in the CRM since; left as is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: back in the CRM, not sent to Google unless you restore it</source>
        <translation>{name}: back in the CRM, not sent to Google unless you restore it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: the Google block of the note changed in the CRM since; left as is</source>
        <translation>{name}: the Google block of the note changed in the CRM since; left as is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{side} {contact}: {error}</source>
        <translation>{side} {contact}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google&apos;s change list expired; reading all contacts.</source>
        <translation>Google&apos;s change list expired; reading all contacts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts this sign-in: sign in again.</source>
        <translation>Google no longer accepts this sign-in: sign in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact was changed in Google while we were syncing it.</source>
        <translation>A contact was changed in Google while we were syncing it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Google account holds the most contacts Google allows (25,000).</source>
        <translation>Your Google account holds the most contacts Google allows (25,000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google is busy or unreachable: try again in a few minutes. Nothing is lost (a sync picks up where it stopped).</source>
        <translation>Google is busy or unreachable: try again in a few minutes. Nothing is lost (a sync picks up where it stopped).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google refused access to the contacts: check that the app is allowed (see the Google setup guide).</source>
        <translation>Google refused access to the contacts: check that the app is allowed (see the Google setup guide).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google refused a change: {message}</source>
        <translation>Google refused a change: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the Google client file {path}: {error}</source>
        <translation>Cannot read the Google client file {path}: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of CRM Sync has no Google OAuth client yet. Create one for a desktop app (see the Google setup guide) and choose its client_secret.json.</source>
        <translation>This copy of CRM Sync has no Google OAuth client yet. Create one for a desktop app (see the Google setup guide) and choose its client_secret.json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Google OAuth client file.</source>
        <translation>{path} is not a Google OAuth client file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment variable {variable} is {url}: Google addresses must use https (plain http only to this computer: 127.0.0.1, ::1, localhost). Correct or remove it.</source>
        <translation>The environment variable {variable} is {url}: Google addresses must use https (plain http only to this computer: 127.0.0.1, ::1, localhost). Correct or remove it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} in {path} is {url}: Google addresses must use https (plain http only to this computer: 127.0.0.1, ::1, localhost). Correct or remove it in the settings.</source>
        <translation>{key} in {path} is {url}: Google addresses must use https (plain http only to this computer: 127.0.0.1, ::1, localhost). Correct or remove it in the settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} in the Google client file {path} is {url}: Google addresses must use https.</source>
        <translation>{key} in the Google client file {path} is {url}: Google addresses must use https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM Sync refused to send your Google sign-in to {url}: it is not an https address.</source>
        <translation>CRM Sync refused to send your Google sign-in to {url}: it is not an https address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not the OAuth client of a desktop app. In Google Cloud, create a client of type &quot;Desktop app&quot; (see the Google setup guide) and download its JSON file.</source>
        <translation>{path} is not the OAuth client of a desktop app. In Google Cloud, create a client of type &quot;Desktop app&quot; (see the Google setup guide) and download its JSON file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google answered for another application: sign in again.</source>
        <translation>Google answered for another application: sign in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google did not say which account signed in.</source>
        <translation>Google did not say which account signed in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google sign-in timed out: nobody approved it in time.</source>
        <translation>Google sign-in timed out: nobody approved it in time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in cancelled.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google sign-in was refused in the browser.</source>
        <translation>Google sign-in was refused in the browser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google refused the sign-in: {error}</source>
        <translation>Google refused the sign-in: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google did not grant offline access: sign in again.</source>
        <translation>Google did not grant offline access: sign in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach Google: check the connection and try again. Nothing is lost (a sync picks up where it stopped).</source>
        <translation>Cannot reach Google: check the connection and try again. Nothing is lost (a sync picks up where it stopped).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google did not confirm new contacts: the next sync looks for them before sending them again.</source>
        <translation>Google did not confirm new contacts: the next sync looks for them before sending them again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CRM contact {crm_id} was modified by someone else meanwhile</source>
        <translation>CRM contact {crm_id} was modified by someone else meanwhile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM database {path} named by {settings} does not exist (moved, renamed, or a drive not connected): choose it again, or correct the name there.</source>
        <translation>The CRM database {path} named by {settings} does not exist (moved, renamed, or a drive not connected): choose it again, or correct the name there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM database {path} is read-only (the file or its folder): nothing was changed. It can be read, listed and exported; to sync, make it writable.</source>
        <translation>The CRM database {path} is read-only (the file or its folder): nothing was changed. It can be read, listed and exported; to sync, make it writable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value!r} is not an email address (something@domain): correct it, or leave the field empty.</source>
        <translation>{value!r} is not an email address (something@domain): correct it, or leave the field empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} changed since you opened it (a sync or another program wrote it): nothing was saved. Close the editor, open the contact again and make your change on what it holds now.</source>
        <translation>{name} changed since you opened it (a sync or another program wrote it): nothing was saved. Close the editor, open the contact again and make your change on what it holds now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A company needs a name.</source>
        <translation>A company needs a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note has a line {marker!r}: only the sync writes that block. Take the line out, or change it, and save again.</source>
        <translation>The note has a line {marker!r}: only the sync writes that block. Take the line out, or change it, and save again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company {name} was deleted while the editor was open: nothing was saved. Choose another company, or type its name to make it again.</source>
        <translation>The company {name} was deleted while the editor was open: nothing was saved. Choose another company, or type its name to make it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at your request: nothing was written.</source>
        <translation>Stopped at your request: nothing was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out by you: not synced until you tick it again</source>
        <translation>left out by you: not synced until you tick it again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a company {name!r} already.</source>
        <translation>There is a company {name!r} already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is another program&apos;s database (tables {tables}), not a CRM: nothing was changed in it</source>
        <translation>it is another program&apos;s database (tables {tables}), not a CRM: nothing was changed in it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is one of CRM Sync&apos;s own files (the CRM database, its settings or its state): choose another name for the export.</source>
        <translation>{path} is one of CRM Sync&apos;s own files (the CRM database, its settings or its state): choose another name for the export.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every user of this computer can read the CRM database {path}. Unless it is meant to be shared, make it readable by you alone (chmod 600).</source>
        <translation>Every user of this computer can read the CRM database {path}. Unless it is meant to be shared, make it readable by you alone (chmod 600).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile folder {path} is read-only: CRM Sync keeps its sync state, backups and log there, so nothing was changed. Make the folder writable (or use another profile folder), then try again.</source>
        <translation>The profile folder {path} is read-only: CRM Sync keeps its sync state, backups and log there, so nothing was changed. Make the folder writable (or use another profile folder), then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile folder {path} cannot be made private (its file system does not keep file permissions): other users of this computer may read your contacts, the sync state and the backups. Keep the profile on this computer&apos;s own disk.</source>
        <translation>The profile folder {path} cannot be made private (its file system does not keep file permissions): other users of this computer may read your contacts, the sync state and the backups. Keep the profile on this computer&apos;s own disk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported:
{lines}</source>
        <translation>Nothing was imported:
{lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line 1: the file is empty</source>
        <translation>line 1: the file is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line 1: unknown column {column!r} (expected: {headers})</source>
        <translation>line 1: unknown column {column!r} (expected: {headers})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line 1: column {column!r} appears twice</source>
        <translation>line 1: column {column!r} appears twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {error}</source>
        <translation>line {line}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: ID {id!r} is not a number</source>
        <translation>line {line}: ID {id!r} is not a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: ID {id} already on line {first}</source>
        <translation>line {line}: ID {id} already on line {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: Réf. contact {ref!r} already on line {first}</source>
        <translation>line {line}: Réf. contact {ref!r} already on line {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {column} {email!r} is not an email address</source>
        <translation>line {line}: {column} {email!r} is not an email address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: professional fields need a Société (they belong to the contact&apos;s company)</source>
        <translation>line {line}: professional fields need a Société (they belong to the contact&apos;s company)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: byte {byte} is not {encoding} text: save the file again as CSV UTF-8</source>
        <translation>line {line}: byte {byte} is not {encoding} text: save the file again as CSV UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line 1: the file looks like UTF-16 text without its byte-order mark: save it again as CSV UTF-8</source>
        <translation>line 1: the file looks like UTF-16 text without its byte-order mark: save it again as CSV UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réf. contact {ref!r} belongs to {owner} (ID {crm_id}), not to this row&apos;s contact</source>
        <translation>Réf. contact {ref!r} belongs to {owner} (ID {crm_id}), not to this row&apos;s contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: Réf. société without a Société name</source>
        <translation>line {line}: Réf. société without a Société name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {email} is also the email of {owner}: the sync keeps the two apart until one of them changes</source>
        <translation>line {line}: {email} is also the email of {owner}: the sync keeps the two apart until one of them changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: ID {id} is {here} here; created as a new contact, {name}</source>
        <translation>line {line}: ID {id} is {here} here; created as a new contact, {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: the company {ref} ({company}) had been deleted; it is restored</source>
        <translation>line {line}: the company {ref} ({company}) had been deleted; it is restored</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no contact has the tag {tag!r}</source>
        <translation>no contact has the tag {tag!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only_tag and sync_label_only exclude each other: sync all contacts, the label&apos;s, or one tag&apos;s</source>
        <translation>only_tag and sync_label_only exclude each other: sync all contacts, the label&apos;s, or one tag&apos;s</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>The label {tag!r}, which the sync is limited to, was deleted or renamed in Google: confirm to remove the tag from %n contact(s) in the CRM.</source>
        <translation>
            <numerusform>The label {tag!r}, which the sync is limited to, was deleted or renamed in Google: confirm to remove the tag from %n contact in the CRM.</numerusform>
            <numerusform>The label {tag!r}, which the sync is limited to, was deleted or renamed in Google: confirm to remove the tag from %n contacts in the CRM.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>leaves the sync scope (tag {tag}): no longer synced, nothing deleted</source>
        <translation>leaves the sync scope (tag {tag}): no longer synced, nothing deleted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The label {name!r} is not synced as a tag: a CRM tag cannot hold a comma or a semicolon.</source>
        <translation>The label {name!r} is not synced as a tag: a CRM tag cannot hold a comma or a semicolon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key}: {value} is not an https address (plain http only to this computer: 127.0.0.1, ::1, localhost)</source>
        <translation>{key}: {value} is not an https address (plain http only to this computer: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>planned but not written by this run: the next sync tries again</source>
        <translation>planned but not written by this run: the next sync tries again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its CRM modification date {value!r} is in no format CRM Sync reads: newest-wins counts its CRM values as the oldest</source>
        <translation>its CRM modification date {value!r} is in no format CRM Sync reads: newest-wins counts its CRM values as the oldest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google answered with data CRM Sync cannot use ({what}): nothing of that answer was stored.</source>
        <translation>Google answered with data CRM Sync cannot use ({what}): nothing of that answer was stored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is in use by another program: try again once it has finished</source>
        <translation>{path} is in use by another program: try again once it has finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM database {path} is busy or cannot be written: {error}</source>
        <translation>The CRM database {path} is busy or cannot be written: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync stopped on an unexpected error: {error}</source>
        <translation>The sync stopped on an unexpected error: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Google refused %n new contact(s).</source>
        <translation>
            <numerusform>Google refused %n new contact.</numerusform>
            <numerusform>Google refused %n new contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact(s) linked to this company: unlink to delete it (they lose their company in Google at the next sync).</source>
        <translation>
            <numerusform>%n contact is linked to this company: unlink it to delete the company (it loses its company in Google at the next sync).</numerusform>
            <numerusform>%n contacts are linked to this company: unlink them to delete it (they lose their company in Google at the next sync).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>line {line}: %n column(s), the header has {expected}</source>
        <translation>
            <numerusform>line {line}: %n column, the header has {expected}</numerusform>
            <numerusform>line {line}: %n columns, the header has {expected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>changed again while the sync wrote it (%n time(s) in this run): left for the next sync</source>
        <translation>
            <numerusform>changed again while the sync wrote it (%n time in this run): left for the next sync</numerusform>
            <numerusform>changed again while the sync wrote it (%n times in this run): left for the next sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The label {name!r} was deleted in Google: the tag is removed from %n contact(s) in the CRM.</source>
        <translation>
            <numerusform>The label {name!r} was deleted in Google: the tag is removed from %n contact in the CRM.</numerusform>
            <numerusform>The label {name!r} was deleted in Google: the tag is removed from %n contacts in the CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The label {name!r} was renamed {new!r} in Google: the tag is renamed on %n contact(s) in the CRM.</source>
        <translation>
            <numerusform>The label {name!r} was renamed {new!r} in Google: the tag is renamed on %n contact in the CRM.</numerusform>
            <numerusform>The label {name!r} was renamed {new!r} in Google: the tag is renamed on %n contacts in the CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The label {name!r} was deleted in Google: re-created, with %n synced contact(s) put back in it.</source>
        <translation>
            <numerusform>The label {name!r} was deleted in Google: re-created, with %n synced contact put back in it.</numerusform>
            <numerusform>The label {name!r} was deleted in Google: re-created, with %n synced contacts put back in it.</numerusform>
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
        <translation>access to {path} is denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access is denied</source>
        <translation>access is denied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is on a read-only disk</source>
        <translation>{path} is on a read-only disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} does not exist</source>
        <translation>{path} does not exist</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Not signed in to Google: sign in first.</source>
        <translation>Not signed in to Google: sign in first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach Google to renew the sign-in.</source>
        <translation>Cannot reach Google to renew the sign-in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google refused to update {name}.</source>
        <translation>Google refused to update {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google says the label {name!r} exists but does not list it.</source>
        <translation>Google says the label {name!r} exists but does not list it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure password store (keyring) was found on this computer: the Google sign-in is kept in memory only, and you will have to sign in again next time.</source>
        <translation>No secure password store (keyring) was found on this computer: the Google sign-in is kept in memory only, and you will have to sign in again next time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk that holds {path} is full. Free some space, then try again: a sync picks up where it stopped.</source>
        <translation>The disk that holds {path} is full. Free some space, then try again: a sync picks up where it stopped.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The sync state {path} cannot be written ({error}): the file and its folder must be yours and writable.</source>
        <translation>The sync state {path} cannot be written ({error}): the file and its folder must be yours and writable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a usable CRM database: {error}</source>
        <translation>{path} is not a usable CRM database: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM contact {crm_id} does not exist</source>
        <translation>CRM contact {crm_id} does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM contact {crm_id} has no company to hold professional fields</source>
        <translation>CRM contact {crm_id} has no company to hold professional fields</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM database {path} is on a network share. SQLite cannot lock files safely there: keep it on this PC&apos;s own disk, or let only one PC use it.</source>
        <translation>The CRM database {path} is on a network share. SQLite cannot lock files safely there: keep it on this PC&apos;s own disk, or let only one PC use it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this CRM database was written by a newer CRM Sync (schema {version}, this version knows up to {known}); update the app</source>
        <translation>this CRM database was written by a newer CRM Sync (schema {version}, this version knows up to {known}); update the app</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} already exists: open it, or choose another name.</source>
        <translation>{path} already exists: open it, or choose another name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup named {name}.</source>
        <translation>No backup named {name}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>label_name: the Google label name cannot be empty</source>
        <translation>label_name: the Google label name cannot be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminder_interval_minutes: must be between 1 and 1440</source>
        <translation>reminder_interval_minutes: must be between 1 and 1440</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} is {value}; expected one of {allowed}</source>
        <translation>{key} is {value}; expected one of {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be true or false, not {value}</source>
        <translation>{key} must be true or false, not {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be a whole number, not {value}</source>
        <translation>{key} must be a whole number, not {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be text, not {value}</source>
        <translation>{key} must be text, not {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag!r} cannot be a tag: it is empty, holds a comma or a semicolon, or is the name of a Google group or of the app&apos;s label</source>
        <translation>{tag!r} cannot be a tag: it is empty, holds a comma or a semicolon, or is the name of a Google group or of the app&apos;s label</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only_tag: {tag!r} cannot be a Google label (a comma, a semicolon, a Google group&apos;s name, or the app&apos;s label&apos;s)</source>
        <translation>only_tag: {tag!r} cannot be a Google label (a comma, a semicolon, a Google group&apos;s name, or the app&apos;s label&apos;s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google refused to rename the label {old!r} to {new!r}: {error} It is tried again at the next sync.</source>
        <translation>Google refused to rename the label {old!r} to {new!r}: {error} It is tried again at the next sync.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The label {name!r} is not synced as a tag: Google names one of its own groups so, or CRM Sync&apos;s label is named so.</source>
        <translation>The label {name!r} is not synced as a tag: Google names one of its own groups so, or CRM Sync&apos;s label is named so.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it cannot be read ({error})</source>
        <translation>it cannot be read ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it must hold a JSON object</source>
        <translation>it must hold a JSON object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file {path} cannot be used: {error}</source>
        <translation>The settings file {path} cannot be used: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync state {path} is damaged ({error}): a reset (&quot;Start a new sync state&quot; in the window, `crmsync state reset` on the command line) sets it aside and starts a new one. Nothing is duplicated (contacts are matched again by their CRM Sync tag and email); the undo history is lost.</source>
        <translation>The sync state {path} is damaged ({error}): a reset (&quot;Start a new sync state&quot; in the window, `crmsync state reset` on the command line) sets it aside and starts a new one. Nothing is duplicated (contacts are matched again by their CRM Sync tag and email); the undo history is lost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was written by a newer CRM Sync (schema {version}, this version knows {known}): update CRM Sync</source>
        <translation>{path} was written by a newer CRM Sync (schema {version}, this version knows {known}): update CRM Sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds the sync state of another Google account: it is never mixed with this one (sign in with the account it belongs to, or use the state file of this account)</source>
        <translation>{path} holds the sync state of another Google account: it is never mixed with this one (sign in with the account it belongs to, or use the state file of this account)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} holds the sync state of another CRM database ({stored}), not {current}</source>
        <translation>{path} holds the sync state of another CRM database ({stored}), not {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
</context>
<context>
    <name>RestoreSidesDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/backups_dialog.py" line="-158"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backup of {when}: what should be put back?</source>
        <translation>Restore the backup of {when}: what should be put back?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both the CRM database and the Google contacts</source>
        <translation>Both the CRM database and the Google contacts</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Only the CRM database (%Ln contact(s))</source>
        <translation>
            <numerusform>Only the CRM database (%Ln contact)</numerusform>
            <numerusform>Only the CRM database (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the Google contacts (%Ln contact(s))</source>
        <translation>
            <numerusform>Only the Google contacts (%Ln contact)</numerusform>
            <numerusform>Only the Google contacts (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue…</source>
        <translation>Continue…</translation>
    </message>
</context>
<context>
    <name>RunChangesModel</name>
    <message>
        <location filename="../crmsync_gui/ui/run_changes_model.py" line="+42"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer synced</source>
        <translation>no longer synced</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synced</source>
        <translation>not synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all fields</source>
        <translation>all fields</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../crmsync_gui/ui/settings_dialog.py" line="+24"/>
        <location line="+169"/>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the Google contacts in this label</source>
        <translation>Only the Google contacts in this label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only contacts with this tag:</source>
        <translation>Only contacts with this tag:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRM contacts with this tag go to Google, in the label of that name; Google contacts in that label come to the CRM with the tag. The others stay as they are on each side.</source>
        <translation>CRM contacts with this tag go to Google, in the label of that name; Google contacts in that label come to the CRM with the tag. The others stay as they are on each side.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders</source>
        <translation>Pause reminders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync by itself when nothing needs a decision</source>
        <translation>Sync by itself when nothing needs a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CRM Sync when I log in</source>
        <translation>Start CRM Sync when I log in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect the next time CRM Sync starts</source>
        <translation>Takes effect the next time CRM Sync starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM database</source>
        <translation>CRM database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM database (*.sqlite3 *.sqlite *.db)</source>
        <translation>CRM database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When both sides changed:</source>
        <translation>When both sides changed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a contact is deleted in Google:</source>
        <translation>When a contact is deleted in Google:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google label:</source>
        <translation>Google label:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts to sync:</source>
        <translation>Contacts to sync:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM database:</source>
        <translation>CRM database:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me every:</source>
        <translation>Remind me every:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth client file</source>
        <translation>OAuth client file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google OAuth client (*.json)</source>
        <translation>Google OAuth client (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet: see the guide</source>
        <translation>none yet: see the guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company’s own Google OAuth client (a JSON file). &lt;a href=&quot;#guide&quot;&gt;How to make one: the Google setup guide&lt;/a&gt;.</source>
        <translation>Your company’s own Google OAuth client (a JSON file). &lt;a href=&quot;#guide&quot;&gt;How to make one: the Google setup guide&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google&apos;s default</source>
        <translation>Google&apos;s default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced: Google endpoints (for proxies and tests)</source>
        <translation>Advanced: Google endpoints (for proxies and tests)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People API address:</source>
        <translation>People API address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address:</source>
        <translation>Sign-in address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token address:</source>
        <translation>Token address:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>OAuth client file:</source>
        <translation>OAuth client file:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../crmsync_gui/ui/wizard.py" line="-252"/>
        <source>Set up CRM Sync</source>
        <translation>Set up CRM Sync</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the first preview</source>
        <translation>Show the first preview</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The demo could not start</source>
        <translation>The demo could not start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not start. The setup continues here; the log file has the details.</source>
        <translation>The demo could not start. The setup continues here; the log file has the details.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location line="+162"/>
        <source>Your Google account</source>
        <translation>Your Google account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM Sync needs your permission to read and update your Google Contacts. Your browser will ask you to approve.</source>
        <translation>CRM Sync needs your permission to read and update your Google Contacts. Your browser will ask you to approve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in later: use CRM Sync as a contact book for now (Account ▸ Sign in… when you are ready)</source>
        <translation>Sign in later: use CRM Sync as a contact book for now (Account ▸ Sign in… when you are ready)</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../crmsync_gui/ui/sign_in_panel.py" line="+67"/>
        <source>Sign in with Google</source>
        <translation>Sign in with Google</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for your approval in the browser…</source>
        <translation>Waiting for your approval in the browser…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use my own OAuth client…</source>
        <translation>Use my own OAuth client…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting your company’s Google Workspace for the first time? &lt;a href=&quot;#guide&quot;&gt;Read the Google setup guide&lt;/a&gt;.</source>
        <translation>Connecting your company’s Google Workspace for the first time? &lt;a href=&quot;#guide&quot;&gt;Read the Google setup guide&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If no browser opened, open this address:</source>
        <translation>If no browser opened, open this address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Signed in as &lt;b&gt;{email}&lt;/b&gt;.</source>
        <translation>Signed in as &lt;b&gt;{email}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with another account</source>
        <translation>Sign in with another account</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CRM Sync is busy (a preview, a sync or a sign-in): try again in a moment.</source>
        <translation>CRM Sync is busy (a preview, a sync or a sign-in): try again in a moment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM Sync has received Google&apos;s answer. You can close this window and go back to CRM Sync.</source>
        <translation>CRM Sync has received Google&apos;s answer. You can close this window and go back to CRM Sync.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The sign-in gives up in {m}:{s:02d}.</source>
        <translation>The sign-in gives up in {m}:{s:02d}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your OAuth client file</source>
        <translation>Your OAuth client file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google OAuth client (*.json)</source>
        <translation>Google OAuth client (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signing in with your OAuth client &lt;b&gt;{client}&lt;/b&gt;.</source>
        <translation>Signing in with your OAuth client &lt;b&gt;{client}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../crmsync_gui/ui/sync_page.py" line="+106"/>
        <source>Filter by name, email, phone, company, city or field</source>
        <translation>Filter by name, email, phone, company, city or field</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+97"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM value</source>
        <translation>CRM value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google value</source>
        <translation>Google value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM contact</source>
        <translation>CRM contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google contact</source>
        <translation>Google contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are the same person: sync them together</source>
        <translation>They are the same person: sync them together</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep apart</source>
        <translation>Keep apart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different people: never suggest them again</source>
        <translation>Different people: never suggest them again</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Show the lists</source>
        <translation>Show the lists</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sync again</source>
        <translation>Sync again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected contacts back into the sync: the preview shows what the next sync will do with them</source>
        <translation>Take the selected contacts back into the sync: the preview shows what the next sync will do with them</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>These changes are those of the preview of {time}: the last preview did not finish ({why}). Preview again to bring them up to date; a sync reads both sides again anyway.</source>
        <translation>These changes are those of the preview of {time}: the last preview did not finish ({why}). Preview again to bring them up to date; a sync reads both sides again anyway.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Everything is in sync</source>
        <translation>Everything is in sync</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last sync {time}</source>
        <translation>last sync {time}</translation>
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
            <numerusform>%n possible match to look at</numerusform>
            <numerusform>%n possible matches to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) skipped (see the lists)</source>
        <translation>
            <numerusform>%n contact skipped (see the lists)</numerusform>
            <numerusform>%n contacts skipped (see the lists)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{side} (your choice)</source>
        <translation>{side} (your choice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for your choice</source>
        <translation>waiting for your choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{side} (by the rule)</source>
        <translation>{side} (by the rule)</translation>
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
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no match</source>
        <translation>no match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped duplicates ({n})</source>
        <translation>Skipped duplicates ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible matches ({n})</source>
        <translation>Possible matches ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced ({n})</source>
        <translation>Not synced ({n})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skipped ({side})</source>
        <translation>Skipped ({side})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced ({side})</source>
        <translation>Not synced ({side})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose to ignore this contact: syncs leave it alone. Choose Sync again to take it back.</source>
        <translation>You chose to ignore this contact: syncs leave it alone. Choose Sync again to take it back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its Google copy was deleted in Google, or removed by an undo. The CRM contact is kept and no longer sent to Google. Choose Sync again to send it back.</source>
        <translation>Its Google copy was deleted in Google, or removed by an undo. The CRM contact is kept and no longer sent to Google. Choose Sync again to send it back.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ignored by you</source>
        <translation>ignored by you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept after its Google copy was removed</source>
        <translation>kept after its Google copy was removed</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Include selected ({n})</source>
        <translation>Include selected ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out selected ({n})</source>
        <translation>Leave out selected ({n})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ignore this contact</source>
        <translation>Ignore this contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never sync {name} again</source>
        <translation>Never sync {name} again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n contact(s) back in the sync.</source>
        <translation>
            <numerusform>%n contact back in the sync.</numerusform>
            <numerusform>%n contacts back in the sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../crmsync_gui/ui/tray.py" line="+76"/>
        <source>Open CRM Sync</source>
        <translation>Open CRM Sync</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause reminders</source>
        <translation>Pause reminders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quit</translation>
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
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is in sync</source>
        <translation>Everything is in sync</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>CRM Sync is still running</source>
        <translation>CRM Sync is still running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps checking for changes. Quit it from this icon&apos;s menu.</source>
        <translation>It keeps checking for changes. Quit it from this icon&apos;s menu.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>CRM Sync — everything is in sync</source>
        <translation>CRM Sync — everything is in sync</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>CRM Sync — %Ln contact(s) to sync</source>
        <translation>
            <numerusform>CRM Sync — %Ln contact to sync</numerusform>
            <numerusform>CRM Sync — %Ln contacts to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln contact(s) to sync</source>
        <translation>
            <numerusform>%Ln contact to sync</numerusform>
            <numerusform>%Ln contacts to sync</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{why} Open CRM Sync ▸ Account ▸ Sign in again…</source>
        <translation>{why} Open CRM Sync ▸ Account ▸ Sign in again…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Synced by itself: %n change(s) written.</source>
        <translation>
            <numerusform>Synced by itself: %n change written.</numerusform>
            <numerusform>Synced by itself: %n changes written.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done.</source>
        <translation>Sync done.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync stopped: {reason}</source>
        <translation>The sync stopped: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync finished with problems: %n contact(s) not synced.</source>
        <translation>
            <numerusform>Sync finished with problems: %n contact not synced.</numerusform>
            <numerusform>Sync finished with problems: %n contacts not synced.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not change start at login: {error}</source>
        <translation>Could not change start at login: {error}</translation>
    </message>
</context>
</TS>
