"""Build the packaged CollabDesk desktop app: ``python installer/build.py [options]``.

One script for every OS. It always builds the PyInstaller one-folder bundle
(``dist/collabdesk/``, or ``dist/CollabDesk.app`` as well on macOS) and checks it by running
``collabdesk --version`` and the hidden ``--self-test`` from the bundle. Options add the
installer for the OS it runs on:

    --appimage   Linux: dist/CollabDesk-<version>-<arch>.AppImage (needs mksquashfs and
                 the AppImage type-2 runtime; without them the AppDir is left in
                 build/linux/ and the missing piece is named)
    --deb        Linux: dist/collabdesk_<version>_<arch>.deb (dpkg-deb)
    --inno       Windows: dist/CollabDesk-<version>-setup.exe (Inno Setup's ISCC.exe)
    --fast       light compression (tests); --skip-bundle reuses dist/collabdesk
    --dmg        macOS: dist/CollabDesk-<version>.dmg (hdiutil; signs and notarises only
                 when the signing secrets are set, see installer/macos/build_dmg.sh)

Needs the ``build`` extra (PyInstaller): ``pip install -e '.[build]'``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
STAGE = BUILD / "stage"
ICONS = BUILD / "icons"
# Import layout of an installed wheel: folder in the checkout → package path in the stage.
LAYOUT = {"collabdesk": "collabdesk", "ui": "collabdesk/ui", "sync": "collabdesk/sync"}


class BuildError(RuntimeError):
    """A build step failed; the message says which and what to do."""


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def version() -> str:
    text = (ROOT / "collabdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise BuildError("Cannot find __version__ in collabdesk/__init__.py.")
    return match.group(1)


def deb_arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(
        machine, machine)


def appimage_arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def executable(dist: Path) -> Path:
    return dist / "collabdesk" / ("collabdesk.exe" if os.name == "nt" else "collabdesk")


# -- steps ----------------------------------------------------------------------------------

def stage_sources() -> Path:
    """Copy the sources into the import layout PyInstaller follows (no editable finders)."""
    shutil.rmtree(STAGE, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "hub")
    shutil.copytree(ROOT / "collabdesk", STAGE / "collabdesk", ignore=ignore)
    for folder, target in LAYOUT.items():
        if folder != "collabdesk":
            shutil.copytree(ROOT / folder, STAGE / target, ignore=ignore)
    return STAGE


def compile_translations() -> None:
    """Rebuild a .qm whose .ts is newer (or missing), so the bundle never ships stale text."""
    folder = ROOT / "resources" / "translations"
    stale = [ts for ts in folder.glob("*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.stat().st_mtime > ts.with_suffix(".qm").stat().st_mtime]
    if stale:
        from collabdesk.ui.i18n import compile_translations as compile_all

        compile_all()
        log(f"compiled translations ({len(stale)} were out of date)")


def render_icons() -> Path:
    """PNG icons (and .ico on Windows) from resources/icons/collabdesk.svg, with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "collabdesk.svg"))
    if not renderer.isValid():
        raise BuildError("resources/icons/collabdesk.svg is not a valid SVG.")
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"collabdesk-{size}.png"))
    if os.name == "nt":
        QImage(str(ICONS / "collabdesk-256.png")).save(str(ICONS / "collabdesk.ico"))
    if sys.platform == "darwin":  # Qt's icns image plugin writes the app bundle's icon
        QImage(str(ICONS / "collabdesk-512.png")).save(str(ICONS / "collabdesk.icns"))
    del app
    return ICONS


def run_pyinstaller(dist: Path) -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError("PyInstaller is not installed here. Run: pip install -e '.[build]'"
                         ) from exc
    env = dict(os.environ, COLLABDESK_STAGE=str(STAGE), COLLABDESK_ICON_DIR=str(ICONS),
               COLLABDESK_VERSION=version())
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist),
                    "--workpath", str(BUILD / "pyinstaller"),
                    str(ROOT / "installer" / "collabdesk.spec")], check=True, env=env,
                   cwd=ROOT)
    return time.perf_counter() - started


def smoke_test(dist: Path) -> None:
    """The built executable must report its version and pass its own self-test."""
    exe = executable(dist)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COLLABDESK_RESOURCES", None)  # use the bundle's resources, not the checkout's
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env,
                         check=False)
    if out.returncode != 0 or version() not in out.stdout:
        raise BuildError(f"{exe} --version failed: {out.stdout}{out.stderr}")
    out = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, env=env,
                         check=False, timeout=300)
    if out.returncode != 0:
        raise BuildError(f"The bundle's self-test failed:\n{out.stdout}{out.stderr}")
    log(f"self-test passed: {out.stdout.strip().splitlines()[-1]}")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# -- Linux ----------------------------------------------------------------------------------

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=CollabDesk
GenericName=Case and referral desk
Comment=Encrypted, offline-first case and referral desk
Exec={exec} %F
Icon=collabdesk
Terminal=false
Categories=Office;
StartupWMClass=collabdesk
"""


def make_appdir(dist: Path) -> Path:
    """An AppDir: the bundle in usr/lib/collabdesk, AppRun, desktop entry and icon."""
    appdir = BUILD / "linux" / "CollabDesk.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(dist / "collabdesk", appdir / "usr" / "lib" / "collabdesk", symlinks=True)
    apprun = appdir / "AppRun"
    shutil.copy2(ROOT / "installer" / "linux" / "AppRun", apprun)
    apprun.chmod(0o755)
    (appdir / "collabdesk.desktop").write_text(DESKTOP_ENTRY.format(exec="collabdesk"),
                                               encoding="utf-8")
    shutil.copy2(ICONS / "collabdesk-256.png", appdir / "collabdesk.png")
    shutil.copy2(ICONS / "collabdesk-256.png", appdir / ".DirIcon")
    share = appdir / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(appdir / "collabdesk.desktop", share / "applications" / "collabdesk.desktop")
    icon_dir = share / "icons" / "hicolor" / "256x256" / "apps"
    icon_dir.mkdir(parents=True)
    shutil.copy2(ICONS / "collabdesk-256.png", icon_dir / "collabdesk.png")
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True)
    shutil.copy2(ROOT / "installer" / "linux" / "org.collabdesk.CollabDesk.metainfo.xml",
                 metainfo / "org.collabdesk.CollabDesk.metainfo.xml")
    return appdir


def find_appimage_runtime() -> Path | None:
    """The AppImage type-2 runtime (the ELF stub an AppImage starts with), if present."""
    for candidate in (os.environ.get("COLLABDESK_APPIMAGE_RUNTIME", ""),
                      str(BUILD / "linux" / f"runtime-{appimage_arch()}")):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def build_appimage(dist: Path) -> Path | None:
    appdir = make_appdir(dist)
    target = dist / f"CollabDesk-{version()}-{appimage_arch()}.AppImage"
    tool = shutil.which("appimagetool")
    if tool:
        subprocess.run([tool, "--no-appstream", str(appdir), str(target)], check=True,
                       env=dict(os.environ, ARCH=appimage_arch()))
        log(f"AppImage: {target}")
        return target
    runtime = find_appimage_runtime()
    mksquashfs = shutil.which("mksquashfs")
    missing = [what for what, have in (
        ("mksquashfs (Debian package squashfs-tools)", mksquashfs),
        ("the AppImage type-2 runtime (set COLLABDESK_APPIMAGE_RUNTIME to its file, or put "
         "appimagetool on PATH)", runtime)) if not have]
    if missing:
        log(f"AppDir ready in {appdir}; cannot make the AppImage here, missing: "
            + "; ".join(missing))
        return None
    assert runtime is not None and mksquashfs is not None
    squashfs = BUILD / "linux" / "CollabDesk.squashfs"
    squashfs.unlink(missing_ok=True)
    # The runtime mounts a squashfs appended to it; zstd is what the current runtime reads.
    subprocess.run([mksquashfs, str(appdir), str(squashfs), "-root-owned", "-noappend",
                    "-comp", "zstd", "-quiet"], check=True)
    with target.open("wb") as out:
        out.write(runtime.read_bytes())
        out.write(squashfs.read_bytes())
    target.chmod(0o755)
    log(f"AppImage: {target}")
    return target


DEB_CONTROL = """Package: collabdesk
Version: {version}
Section: misc
Priority: optional
Architecture: {arch}
Maintainer: CollabDesk maintainers <maintainers@collabdesk.invalid>
Installed-Size: {size_kib}
Depends: {depends}
Homepage: https://collabdesk.invalid/
Description: Encrypted, offline-first case and referral desk
 CollabDesk keeps an encrypted store of clients, cases and referrals on each
 clinic laptop, works offline and syncs through the network's partner hub.
 Data stays in each user's data folder; removing the package never deletes it.
"""


# System libraries Qt's xcb/wayland back-ends load that the bundle leaves to the system.
DEB_DEPENDS = ("libc6", "libgl1", "libegl1", "libfontconfig1", "libxkbcommon0",
               "libxkbcommon-x11-0", "libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4",
               "libxcb-keysyms1", "libxcb-shape0")


def build_deb(dist: Path, *, fast: bool = False) -> Path:
    if not shutil.which("dpkg-deb"):
        raise BuildError("dpkg-deb is not installed (Debian package dpkg).")
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    shutil.copytree(dist / "collabdesk", root / "opt" / "collabdesk", symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "collabdesk").symlink_to("/opt/collabdesk/collabdesk")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "collabdesk.desktop").write_text(DESKTOP_ENTRY.format(exec="collabdesk"),
                                             encoding="utf-8")
    for size in (48, 128, 256):
        icon_dir = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icon_dir.mkdir(parents=True)
        shutil.copy2(ICONS / f"collabdesk-{size}.png", icon_dir / "collabdesk.png")
    docs = root / "usr" / "share" / "doc" / "collabdesk"
    docs.mkdir(parents=True)
    shutil.copy2(ROOT / "installer" / "linux" / "copyright", docs / "copyright")
    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    size_kib = folder_size(root) // 1024
    (control_dir / "control").write_text(DEB_CONTROL.format(
        version=version(), arch=deb_arch(), size_kib=size_kib,
        depends=", ".join(DEB_DEPENDS)), encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy2(ROOT / "installer" / "linux" / f"deb-{script}", control_dir / script)
        (control_dir / script).chmod(0o755)
    target = dist / f"collabdesk_{version()}_{deb_arch()}.deb"
    # xz makes the smallest package; --fast (tests) trades size for a tenth of the time.
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]
    subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root),
                    str(target)], check=True, stdout=subprocess.DEVNULL)
    log(f".deb: {target}")
    return target


# -- Windows and macOS (run in CI on those systems) ------------------------------------------

def build_inno(dist: Path) -> Path:
    iscc = shutil.which("iscc") or shutil.which("ISCC") or (
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        if Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe").is_file() else None)
    if not iscc:
        raise BuildError("Inno Setup's ISCC.exe was not found (install Inno Setup 6).")
    subprocess.run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={dist / 'collabdesk'}",
                    f"/DIconFile={ICONS / 'collabdesk.ico'}", f"/O{dist}",
                    str(ROOT / "installer" / "windows" / "collabdesk.iss")], check=True)
    target = dist / f"CollabDesk-{version()}-setup.exe"
    log(f"installer: {target}")
    return target


def build_dmg(dist: Path) -> Path:
    subprocess.run(["bash", str(ROOT / "installer" / "macos" / "build_dmg.sh"),
                    str(dist / "CollabDesk.app"), version(), str(dist)], check=True)
    target = dist / f"CollabDesk-{version()}.dmg"
    log(f"disk image: {target}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--appimage", action="store_true", help="Linux: make an AppImage")
    parser.add_argument("--deb", action="store_true", help="Linux: make a .deb")
    parser.add_argument("--inno", action="store_true", help="Windows: make the setup .exe")
    parser.add_argument("--dmg", action="store_true", help="macOS: make the .dmg")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (dist/)")
    parser.add_argument("--skip-bundle", action="store_true",
                        help="reuse the bundle already in --dist; only make installers")
    parser.add_argument("--fast", action="store_true",
                        help="quick, larger packages (for tests): light .deb compression")
    parser.add_argument("--no-check", action="store_true",
                        help="do not run the bundle's --version and --self-test")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    try:
        render_icons()
        if not args.skip_bundle:
            compile_translations()
            stage_sources()
            log(f"building CollabDesk {version()} with PyInstaller …")
            seconds = run_pyinstaller(dist)
            size = folder_size(dist / "collabdesk") / 1e6
            log(f"bundle: {dist / 'collabdesk'} ({size:.0f} MB) in {seconds:.0f} s")
        if not args.no_check:
            smoke_test(dist)
        if args.deb:
            build_deb(dist, fast=args.fast)
        if args.appimage:
            build_appimage(dist)
        if args.inno:
            build_inno(dist)
        if args.dmg:
            build_dmg(dist)
    except (BuildError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
