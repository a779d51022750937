; Inno Setup 6 script: the Kitemark installer for Windows (per user, no administrator rights needed).
;
; From the repository root, after the PyInstaller build (python -m PyInstaller --noconfirm --distpath dist
; --workpath build\pyinstaller installers\kitemark.spec):
;     iscc /DAppVersion=0.1.0 installers\windows\kitemark.iss
; Output: dist\kitemark-<version>-windows-setup.exe. .github/workflows/release.yml does exactly this.
;
; The app goes into %LOCALAPPDATA%\Programs\Kitemark. The user's data lives elsewhere (%LOCALAPPDATA%\Kitemark,
; see kitemark_app/paths.py), so uninstalling removes the program and never the data.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installers\windows\kitemark.iss
#endif

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{2316827A-57FF-45B8-8646-E04A9297E382}
AppName=Kitemark
AppVersion={#AppVersion}
AppVerName=Kitemark {#AppVersion}
AppPublisher=The Kitemark developers
VersionInfoVersion={#AppVersion}
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=kitemark-{#AppVersion}-windows-setup
SetupIconFile=kitemark_app\resources\icons\kitemark.ico
UninstallDisplayIcon={app}\kitemarkw.exe
UninstallDisplayName=Kitemark
PrivilegesRequired=lowest
DefaultDirName={autopf}\Kitemark
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder bundle: kitemarkw.exe (the app, no console window), kitemark.exe (the command line), _internal\.
Source: "dist\kitemark\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle as a whole, so no library of an older version lingers beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Kitemark"; Filename: "{app}\kitemarkw.exe"; Comment: "Self-assessment and signed submission packs for the borough's VCO Kitemark"
Name: "{autodesktop}\Kitemark"; Filename: "{app}\kitemarkw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kitemarkw.exe"; Description: "{cm:LaunchProgram,Kitemark}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what it installed, never the user's data.
