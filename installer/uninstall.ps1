<#
.SYNOPSIS
Removes what installer\install.ps1 installed: `safebrowse-host uninstall` deletes exactly what its install receipt
lists (registry keys, manifests, the program, folders it created). The family's data stays unless -Purge.

.PARAMETER System
Remove the install made for every account (run from an administrator PowerShell).

.PARAMETER Purge
Also delete this account's SafeBrowse data (events, digests, logs).
#>
param([switch]$System, [switch]$Purge)
$ErrorActionPreference = 'Stop'

# Where `safebrowse-host install` puts the program (InstallLayout.AppDirectory).
$app = if ($System) { Join-Path $env:ProgramFiles 'SafeBrowse' } else { Join-Path $env:LOCALAPPDATA 'SafeBrowse\app' }
$installed = Join-Path $app 'safebrowse-host.exe'
if (-not (Test-Path $installed)) {
    Write-Host "SafeBrowse's host is not installed in $app; nothing to remove."
    exit 0
}

$flags = @()
if ($System) { $flags += '--system' }
if ($Purge) { $flags += '--purge' }

# Windows cannot delete a running program, so a copy outside the app folder does the uninstalling.
$runner = Join-Path ([System.IO.Path]::GetTempPath()) ('safebrowse-uninstall-' + [guid]::NewGuid() + '.exe')
Copy-Item $installed $runner
try {
    & $runner uninstall @flags
    exit $LASTEXITCODE
}
finally {
    Remove-Item -Force $runner -ErrorAction SilentlyContinue
}
