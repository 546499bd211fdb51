# Build the Windows one-folder app and its installer (R-PKG), on Windows 10/11 x64 with
# Python 3.11+ and Inno Setup 6.3+:
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
#
# Gives dist\crmsync\ (crmsync-gui.exe: the window, no console; crmsync.exe: the command
# line) and dist\crmsync-VERSION-windows-setup.exe (packaging\crmsync.iss).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked([string]$Program, [string[]]$Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $Arguments failed (exit code $LASTEXITCODE)" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { Invoke-Checked python @("-m", "venv", ".venv") }
$python = ".venv\Scripts\python.exe"
Invoke-Checked $python @("-m", "pip", "install", "--quiet", "-e", ".[build]")
$version = (& $python -c "import crmsync_gui; print(crmsync_gui.__version__)").Trim()

Invoke-Checked ".venv\Scripts\pyinstaller.exe" @("--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "packaging\crmsync.spec")

# Smoke tests. The window program has no console, so only its exit code tells.
$cli = (& dist\crmsync\crmsync.exe --version).Trim()
if ($cli -ne "crmsync $version") { throw "unexpected crmsync --version: $cli" }
$env:QT_QPA_PLATFORM = "offscreen"
$env:PYTHON_KEYRING_BACKEND = "keyring.backends.fail.Keyring"  # never the real keyring
$home_dir = Join-Path ([IO.Path]::GetTempPath()) ("crmsync-smoke-" + [guid]::NewGuid())
$gui = Start-Process dist\crmsync\crmsync-gui.exe -PassThru `
    -ArgumentList @("--demo", "--smoke-test", "--home", "`"$home_dir`"")
$null = $gui.Handle  # keeps the handle, so that ExitCode is known once it ends
if (-not $gui.WaitForExit(180000)) { $gui.Kill(); throw "crmsync-gui --smoke-test timed out" }
Remove-Item Env:QT_QPA_PLATFORM, Env:PYTHON_KEYRING_BACKEND
if ($gui.ExitCode -ne 0) { throw "crmsync-gui --demo --smoke-test failed: see $home_dir\demo\logs" }
Remove-Item -Recurse -Force $home_dir
Write-Host "smoke test: ok"

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
foreach ($candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
                         "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
    if (-not $iscc -and (Test-Path $candidate)) { $iscc = $candidate }
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it or put it on PATH" }
Invoke-Checked $iscc @("/DAppVersion=$version", "packaging\crmsync.iss")
Write-Host "installer: dist\crmsync-$version-windows-setup.exe"
