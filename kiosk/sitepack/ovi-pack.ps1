# ovi-pack.ps1: writes a bundle folder's manifest.txt on Windows (the same
# file `ovi pack` and ovi-pack.sh write): every file with its size and
# SHA-256, the bundle's serial one higher than the last time. Windows
# PowerShell 5.1 (built into Windows 10 and 11) is enough. Then sign it:
#   minisign -S -s site.key -m FOLDER\manifest.txt
#
# In a command window, in the folder where this file is:
#   powershell -ExecutionPolicy Bypass -File ovi-pack.ps1 FOLDER
# The first time, also the site's id, its languages and the default one:
#   powershell -ExecutionPolicy Bypass -File ovi-pack.ps1 FOLDER my-site "fi sv en" fi
param(
    [Parameter(Mandatory = $true)][string]$Folder,
    [string]$Site = "",
    [string]$Languages = "",
    [string]$Default = ""
)
$ErrorActionPreference = "Stop"
if (-not (Test-Path -LiteralPath $Folder -PathType Container)) {
    [Console]::Error.WriteLine("ovi-pack: $Folder is not a folder")
    exit 2
}
$root = (Resolve-Path -LiteralPath $Folder).Path
$manifest = Join-Path $root "manifest.txt"

# The old manifest's [bundle] values, for what was not given.
$old = @{}
if (Test-Path -LiteralPath $manifest) {
    $section = ""
    foreach ($line in [System.IO.File]::ReadAllLines($manifest)) {
        $t = $line.Trim()
        if ($t -match '^\[(.+)\]$') { $section = $Matches[1]; continue }
        if ($section -eq "bundle" -and $t -match '^([a-z_]+)\s*=\s*(.*)$') { $old[$Matches[1]] = $Matches[2] }
    }
}
if (-not $Site) { $Site = $old["site"] }
if (-not $Languages) { $Languages = $old["languages"] }
if (-not $Default) { $Default = $old["default_language"] }
if (-not $Site -or -not $Languages) {
    [Console]::Error.WriteLine("ovi-pack: the first time, give the site id and languages: ovi-pack.ps1 $Folder my-site `"fi sv en`" fi")
    exit 2
}
$serial = 0
if ($old["serial"] -match '^\d+$') { $serial = [int64]$old["serial"] }
$serial = $serial + 1
$Languages = ($Languages -replace '[,;]', ' ').Trim()

function Test-Litter([string]$name) {
    return $name.StartsWith(".") -or $name -eq "Thumbs.db" -or $name -eq "desktop.ini"
}

# Files at the top and one folder down, as a kiosk reads them; the
# manifest, its signature and desktop litter are not listed.
$rels = New-Object System.Collections.Generic.List[string]
foreach ($item in Get-ChildItem -LiteralPath $root -Force) {
    if (Test-Litter $item.Name) { continue }
    if ($item.PSIsContainer) {
        foreach ($sub in Get-ChildItem -LiteralPath $item.FullName -Force -File) {
            if (Test-Litter $sub.Name) { continue }
            $rels.Add($item.Name + "/" + $sub.Name)
        }
    } elseif ($item.Name -ne "manifest.txt" -and $item.Name -ne "manifest.txt.minisig") {
        $rels.Add($item.Name)
    }
}
$sorted = [string[]]$rels.ToArray()
[Array]::Sort($sorted, [StringComparer]::Ordinal)

$sb = New-Object System.Text.StringBuilder
[void]$sb.Append("# Ovi bundle manifest: written by ovi-pack.ps1, signed with minisign.`n")
[void]$sb.Append("[bundle]`nformat = 1`nsite = $Site`nserial = $serial`n")
[void]$sb.Append("created = " + (Get-Date -Format "yyyy-MM-dd HH:mm") + "`n")
[void]$sb.Append("languages = $Languages`n")
if ($Default) { [void]$sb.Append("default_language = $Default`n") }
[void]$sb.Append("`n[files]`n")
foreach ($rel in $sorted) {
    $path = Join-Path $root ($rel -replace '/', '\')
    $size = (Get-Item -LiteralPath $path -Force).Length
    $hash = (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash.ToLowerInvariant()
    [void]$sb.Append("$rel = $size $hash`n")
}
# UTF-8 without a byte order mark, LF line ends: what the kiosk reads.
[System.IO.File]::WriteAllText($manifest, $sb.ToString(), (New-Object System.Text.UTF8Encoding $false))
# The old signature no longer matches: remove it so that nobody ships it.
$sig = Join-Path $root "manifest.txt.minisig"
if (Test-Path -LiteralPath $sig) { Remove-Item -LiteralPath $sig -Force }
Write-Host "ovi-pack: wrote $manifest`: $($sorted.Count) files, serial $serial."
Write-Host "Now sign it: minisign -S -s site.key -m `"$manifest`""
