; Inno Setup 6 script for CollabDesk on Windows (per-machine install).
; Built by installer/build.py --inno, which passes:
;   /DAppVersion=0.1.0  /DSourceDir=<dist\collabdesk>  /DIconFile=<build\icons\collabdesk.ico>
;
; Scripted rollout (an IT volunteer's batch file or a management tool):
;   CollabDesk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=install.log
; Silent uninstall (keeps every user's data):
;   "C:\Program Files\CollabDesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; Silent uninstall that also deletes this machine's CollabDesk data (all users):
;   "C:\Program Files\CollabDesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /DELETEDATA
;
; Data lives in each user's %LOCALAPPDATA%\CollabDesk (platformdirs' user data folder).
; An uninstall never removes it unless asked: interactively, a question that defaults to
; "keep"; silently, only with /DELETEDATA.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\collabdesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\collabdesk.ico"
#endif

[Setup]
AppId={{6C9E4D1A-3F57-4E0B-9C2A-6B1D7E0F4C11}
AppName=CollabDesk
AppVersion={#AppVersion}
AppVerName=CollabDesk {#AppVersion}
AppPublisher=CollabDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\CollabDesk
DefaultGroupName=CollabDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=CollabDesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\collabdeskw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade installs over the previous version; CollabDesk must not be running.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder; files of an older version that are gone are cleaned first.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\CollabDesk"; Filename: "{app}\collabdeskw.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\CollabDesk"; Filename: "{app}\collabdeskw.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\collabdeskw.exe"; Description: "{cm:LaunchProgram,CollabDesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself leaves in its own folder; never the users' data.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DeleteDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/DELETEDATA') = 0 then
      Result := True;
end;

procedure DeleteEveryUsersData();
var
  FindRec: TFindRec;
  UsersDir: String;
begin
  // C:\Users\<name>\AppData\Local\CollabDesk for every profile on the machine.
  UsersDir := ExtractFileDir(ExpandConstant('{%PUBLIC|C:\Users\Public}'));
  if FindFirst(UsersDir + '\*', FindRec) then
  try
    repeat
      if (FindRec.Attributes and FILE_ATTRIBUTE_DIRECTORY <> 0) and
         (FindRec.Name <> '.') and (FindRec.Name <> '..') then
        DelTree(UsersDir + '\' + FindRec.Name + '\AppData\Local\CollabDesk', True, True, True);
    until not FindNext(FindRec);
  finally
    FindClose(FindRec);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if DeleteDataRequested() then
    DeleteEveryUsersData()
  else if not UninstallSilent() then
    if MsgBox('CollabDesk has been removed. Also DELETE the encrypted CollabDesk data ' +
              '(clients, cases, backups in each user''s data folder) on this computer?' +
              #13#10#13#10 + 'Choose No unless the data is safely on another laptop or the hub.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DeleteEveryUsersData();
end;
