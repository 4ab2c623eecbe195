; Inno Setup script: the Windows installer of bodymap, from the PyInstaller folder dist\bodymap.
; Built by .github/workflows/windows.yml:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\bodymap packaging\windows\bodymap.iss
; Per-user by default (no administrator needed; the data stays in the user's own
; %LOCALAPPDATA%\bodymap, which the installer never touches, so an uninstall or upgrade keeps
; every patient record); "Install for all users" is offered when run as administrator.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\bodymap"
#endif

[Setup]
AppId={{6F1B7A52-3D0C-4C8E-9E51-0B5D2C7A9B34}
AppName=bodymap
AppVersion={#AppVersion}
AppVerName=bodymap {#AppVersion}
AppPublisher=The bodymap authors
DefaultDirName={autopf}\bodymap
DefaultGroupName=bodymap
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DisableProgramGroupPage=yes
LicenseFile={#SourceDir}\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=bodymap-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
UninstallDisplayIcon={app}\bodymap.exe
SetupIconFile=..\bodymap.ico
CloseApplications=yes

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\bodymap"; Filename: "{app}\bodymap.exe"
Name: "{group}\bodymap licence and notices"; Filename: "{app}\THIRD_PARTY_NOTICES.txt"
Name: "{autodesktop}\bodymap"; Filename: "{app}\bodymap.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\bodymap.exe"; Description: "{cm:LaunchProgram,bodymap}"; Flags: nowait postinstall skipifsilent
