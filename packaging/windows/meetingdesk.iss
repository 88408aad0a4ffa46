; Inno Setup 6 script: MeetingDesk-<version>-setup.exe from the frozen folder dist\MeetingDesk (make dist / the
; PyInstaller spec, built on Windows). How to build it: packaging/WINDOWS.md.
;   iscc /DAppVersion=0.1.0 packaging\windows\meetingdesk.iss
; Installs per user without administrator rights (or for all users when run as administrator), adds a Start-menu
; entry (and, if ticked, a desktop one), and uninstalls cleanly. The uninstaller removes only the program folder:
; the meetings, backups and settings in %LOCALAPPDATA%\MeetingDesk (and HKCU\Software\MeetingDesk) are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6C0E4A8B-3F1D-4E8A-9B57-2D6F4C1A9E31}
AppName=MeetingDesk
AppVersion={#AppVersion}
AppVerName=MeetingDesk {#AppVersion}
AppPublisher=MeetingDesk
DefaultDirName={autopf}\MeetingDesk
DefaultGroupName=MeetingDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#Root}\resources\icons\meetingdesk.ico
UninstallDisplayIcon={app}\MeetingDesk.exe
UninstallDisplayName=MeetingDesk
OutputDir={#Root}\dist
OutputBaseFilename=MeetingDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: MeetingDesk.exe (the desktop app), meetingdesk.exe (the command line), _internal\.
Source: "{#Root}\dist\MeetingDesk\*"; DestDir: "{app}"; Excludes: "install-linux.sh,*.desktop,*.metainfo.xml"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\MeetingDesk"; Filename: "{app}\MeetingDesk.exe"; WorkingDir: "{userdocs}"; Comment: "Meetings, minutes and follow-up of decisions"
Name: "{group}\{cm:UninstallProgram,MeetingDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\MeetingDesk"; Filename: "{app}\MeetingDesk.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\MeetingDesk.exe"; Description: "{cm:LaunchProgram,MeetingDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed and nothing of the user's data.
