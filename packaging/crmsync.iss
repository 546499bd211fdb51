; Inno Setup script: the CRM Sync installer for Windows (R-PKG). Inno Setup 6.3 or later.
; Build the one-folder app first (dist\crmsync), then compile this script; from the
; repository root packaging\build_windows.ps1 does both. The version comes from the command
; line: iscc /DAppVersion=0.1.0 packaging\crmsync.iss (0.0.0 otherwise).
;
; - installs dist\crmsync to {autopf}\CRM Sync: a per-user installation (no administrator
;   rights), so {autopf} is %LOCALAPPDATA%\Programs and the Run key and the profile folder
;   below are the user's own;
; - a Start menu entry, and optionally a desktop icon and "start at login": the same value
;   the app's own setting writes (crmsync_gui/app/autostart.py, WindowsRunKey: value name
;   "CRM Sync", every argument in double quotes);
; - uninstalling removes the program and the Run value, and KEEPS the user's data (the
;   profile folder) unless the user answers Yes to the question (never in silent mode).
; This file is UTF-8 with a BOM (Inno Setup needs the BOM for the French texts).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "CRM Sync"
#define AppExe "crmsync-gui.exe"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installation by it.
AppId={{1D43E811-497D-4011-9747-64F3D83D3293}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=crmsync-{#AppVersion}-windows-setup
SetupIconFile=..\resources\crmsync.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Closes a running CRM Sync (and the demo's crmsync.exe) before replacing its files.
CloseApplications=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.StartAtLogin=Start CRM Sync when I log in (in the notification area)
fr.StartAtLogin=Démarrer CRM Sync à l’ouverture de session (dans la zone de notification)
en.RemoveData=Also delete your CRM Sync data?%n%n%1%n%nIt holds the settings, the CRM database if it is kept there (crm.sqlite3), the sync history, the backups and the logs. Choose No to keep them for a later installation.
fr.RemoveData=Supprimer aussi vos données CRM Sync ?%n%n%1%n%nCe dossier contient les réglages, la base CRM si elle s’y trouve (crm.sqlite3), l’historique des synchronisations, les sauvegardes et les journaux. Choisissez Non pour les garder en vue d’une prochaine installation.
en.RemoveDataFailed=Some files could not be deleted in:%n%1
fr.RemoveDataFailed=Certains fichiers n’ont pas pu être supprimés dans :%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; Flags: unchecked

[Files]
Source: "..\dist\crmsync\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Exactly what WindowsRunKey.enable(launch_command()) writes from the installed app:
; "C:\...\crmsync-gui.exe" "--minimized"
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"" ""--minimized"""; Tasks: startatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The profile folder: platformdirs.user_data_dir("CRM Sync", "CRM Sync") with the default
  roaming=False, as crmsync_gui/app/profile.py asks for it. A profile chosen with --home or
  CRMSYNC_HOME, and a CRM database kept elsewhere, are never touched. }
function ProfileDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}\{#AppName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    { Whoever wrote it (this installer's task or the app's setting), it would start a
      program that is gone. }
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#AppName}');

  if (CurUninstallStep = usPostUninstall) and DirExists(ProfileDir()) and
     not UninstallSilent() then
  begin
    if MsgBox(FmtMessage(CustomMessage('RemoveData'), [ProfileDir()]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      if not DelTree(ProfileDir(), True, True, True) then
        MsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [ProfileDir()]), mbError, MB_OK);
      { platformdirs' "author" folder above it, if nothing else is left there. }
      RemoveDir(ExpandConstant('{localappdata}\{#AppName}'));
    end;
  end;
end;
