<#
.SYNOPSIS
Publishes the SafeBrowse host for this computer (self-contained, single file, ReadyToRun), then lets the host do the
rest: `safebrowse-host install` copies it into place and registers it with every browser found, and
`safebrowse-host doctor` checks each one. Asks no questions.

.PARAMETER System
Install for every account on the computer (HKLM, Program Files). Run from an administrator PowerShell.
#>
param([switch]$System)
$ErrorActionPreference = 'Stop'
$repo = Split-Path -Parent $PSScriptRoot

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Write-Host 'SafeBrowse needs the .NET 10 SDK to build its host program: https://dotnet.microsoft.com/download'
    exit 1
}

$rid = switch ([System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture) {
    'X64' { 'win-x64' }
    'Arm64' { 'win-arm64' }
    default { Write-Host "This installer supports Windows on x64 and arm64, not $_."; exit 1 }
}
$flags = @()
if ($System) { $flags += '--system' }

$staging = Join-Path ([System.IO.Path]::GetTempPath()) ('safebrowse-publish-' + [guid]::NewGuid())
try {
    Write-Host "1/3 Building the SafeBrowse host for $rid (the first build downloads packages and takes a minute or two)..."
    dotnet publish "$repo\host\SafeBrowse.Host\SafeBrowse.Host.csproj" -c Release -r $rid --self-contained true `
        -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:DebugType=none `
        -p:PublishDocumentationFile=false -p:PublishReferencesDocumentationFiles=false `
        -o $staging -nologo -v:q -clp:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

    Write-Host '2/3 Installing the host and registering it with your browsers...'
    $installed = & "$staging\safebrowse-host.exe" install @flags
    $installStatus = $LASTEXITCODE
    $installed | Write-Host
    if ($installStatus -ne 0) { exit $installStatus }

    Write-Host '3/3 Checking that every browser can start it...'
    & "$staging\safebrowse-host.exe" doctor
    $status = $LASTEXITCODE

    Write-Host @"

Now load the extension in the browser (this is the developer's path; families install it from the browser's
store, see README "Install for a family"):
  Chrome, Edge, Brave, Vivaldi:
    1. Open chrome://extensions (Edge: edge://extensions, Brave: brave://extensions).
    2. Turn on "Developer mode".
    3. Click "Load unpacked" and choose: $repo\extension
  Firefox:
    Open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on" and choose
    $repo\extension\manifest.json (it stays until Firefox restarts).
    For private windows: about:addons, SafeBrowse, "Run in Private Windows": Allow.
Protection starts right away; no account or setup is needed. The extension then opens a page for parents:
set a PIN there, with the setup code below, to read the weekly digest, add each child and pause protection.
To remove: installer\uninstall.ps1
"@
    # The setup code goes last, where a parent looks: the first PIN needs it.
    $installed | Select-String -Pattern "^Setup code for the parents' PIN: " -Context 0, 2 | ForEach-Object { $_.Line; $_.Context.PostContext } | Write-Host
    exit $status
}
finally {
    Remove-Item -Recurse -Force $staging -ErrorAction SilentlyContinue
}
