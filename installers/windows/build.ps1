# courtdesk's Windows bundle and setup, built on a Windows 10/11 x64 PC.
# Untested by the project's CI (no Windows there): see installers/windows/README.md.
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# Needs Python 3.11+ from python.org (with the py launcher) and, for the setup, NSIS 3.08+.
# Makes dist\courtdesk\ (the bundle) and dist\courtdesk-VERSION-setup.exe.
# $env:COURTDESK_VERSION overrides pyproject's version.
$ErrorActionPreference = "Stop"
$repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $repo

function Run { # a native command; stop on its failure (PowerShell 5 does not)
  & $args[0] $args[1..($args.Count - 1)]
  if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $args" }
}

# 1. A virtual environment with courtdesk, its dependencies and PyInstaller.
if (-not (Test-Path .venv\Scripts\python.exe)) { Run py -3 -m venv .venv }
$python = "$repo\.venv\Scripts\python.exe"
Run $python -m pip install --upgrade pip
Run $python -m pip install ".[build]"

# 2. Translations, then the source folders as the `courtdesk` package (as bundle/build.sh does,
#    copied: symbolic links need extra rights on Windows).
Run $python installers\build_translations.py
$src = "$repo\build\bundle\src"
if (Test-Path $src) { Remove-Item -Recurse -Force $src }
New-Item -ItemType Directory "$src\courtdesk" | Out-Null
New-Item -ItemType File "$src\courtdesk\__init__.py" | Out-Null
foreach ($folder in "app", "ui", "speech", "dossier", "offline_cache", "signing", "casting",
                    "laws", "common") {
  if (Test-Path $folder) { Copy-Item -Recurse $folder "$src\courtdesk\$folder" }
}

# 3. The bundle: dist\courtdesk\courtdesk.exe (window) and courtdesk-cli.exe (console).
$env:COURTDESK_BUNDLE_SRC = $src
Run $python -m PyInstaller --noconfirm --log-level WARN --distpath dist `
  --workpath build\bundle\work installers\bundle\courtdesk.spec
Run dist\courtdesk\courtdesk-cli.exe --version

# 4. The setup, when NSIS is here (otherwise: copy dist\courtdesk to Linux and run
#    installers/build.sh windows BUNDLE_DIR there).
$makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
if (-not (Test-Path $makensis)) {
  Write-Host "bundle in dist\courtdesk; NSIS not found, so no setup was made"
  exit 0
}
$version = $env:COURTDESK_VERSION
if (-not $version) {
  $version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
}
$numbers = ([regex]::Matches($version, "\d+") | Select-Object -First 3 | ForEach-Object { $_.Value })
$viVersion = (@($numbers) + @("0", "0", "0"))[0..2] -join "."
$template = "$repo\build\courtdesk.toml"
Run $python -c "from courtdesk.app.config import TEMPLATE; open(r'$template', 'w', encoding='utf-8', newline='\r\n').write(TEMPLATE)"
# NSIS's own release has 32-bit stubs only: a 32-bit setup then (it installs the 64-bit program).
$nsisDir = Split-Path $makensis
$target = if (Test-Path "$nsisDir\Stubs\lzma_solid-amd64-unicode") { "amd64-unicode" } else { "x86-unicode" }
Run $makensis /V2 /WX /INPUTCHARSET UTF8 "/DTARGET=$target" "/DVERSION=$version" `
  "/DVI_VERSION=$viVersion.0" "/DBUNDLE_DIR=$repo\dist\courtdesk" "/DTEMPLATE_FILE=$template" `
  "/DOUTFILE=$repo\dist\courtdesk-$version-setup.exe" installers\windows\courtdesk.nsi
Write-Host "wrote dist\courtdesk-$version-setup.exe ($target)"
