"""Builds the dyad package from the checkout: the extension dyad._dyad is
built by the project's CMake build (target dyad_python, in DYAD_BUILD_DIR,
default ../build; DYAD_SOURCE_DIR names the checkout when pip builds in a
copy of this folder), then copied into the package with dyad's data
(share/dyad: patterns, actors, codebook, gazetteer), so that an installed
package finds its data beside itself, as the installed binary does.

    python3 -m venv --system-site-packages .venv
    .venv/bin/pip install --no-build-isolation --no-index ./python
"""
import glob
import os
import re
import shutil
import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
# The checkout (this folder's parent, unless pip builds in a copy).
ROOT = os.path.abspath(os.environ.get("DYAD_SOURCE_DIR") or os.path.dirname(HERE))


def build_dir():
    return os.path.abspath(os.environ.get("DYAD_BUILD_DIR", os.path.join(ROOT, "build")))


def version():
    text = open(os.path.join(ROOT, "CMakeLists.txt")).read()
    return re.search(r"project\(dyad\s+VERSION\s+([\d.]+)", text).group(1)


class BuildWithExtension(build_py):
    """Builds the extension with CMake and copies it and the data into the package."""

    def run(self):
        super().run()
        build = build_dir()
        if not os.path.exists(os.path.join(build, "CMakeCache.txt")):
            subprocess.check_call(["cmake", "-S", ROOT, "-B", build, "-G", "Ninja",
                                   "-DCMAKE_BUILD_TYPE=RelWithDebInfo"])
        subprocess.check_call(["cmake", "--build", build, "--target", "dyad_python"])
        built = glob.glob(os.path.join(build, "python", "dyad", "_dyad*.so"))
        if not built:
            raise SystemExit(f"dyad: the extension was not built in {build}/python/dyad "
                             "(are pybind11-dev and python3-dev installed? see scripts/deps.sh)")
        target = os.path.join(self.build_lib, "dyad")
        for so in built:
            shutil.copy2(so, target)
        data = os.path.join(target, "share", "dyad")
        if os.path.exists(data):
            shutil.rmtree(data)
        # The build tree's data links to data/; the copy holds the files.
        shutil.copytree(os.path.join(build, "share", "dyad"), data, symlinks=False)


setup(version=version(), cmdclass={"build_py": BuildWithExtension})
