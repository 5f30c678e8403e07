"""Only the wheel's tag: it carries a native executable, so it is not `py3-none-any`.

The build script sets YR_META_MOCK_WHEEL_PLATFORM from the executable's glibc symbols
(e.g. manylinux_2_28_x86_64); without it the tag is this machine's plain `linux_x86_64`.
"""

import os

from setuptools import setup
from setuptools.dist import Distribution
from wheel.bdist_wheel import bdist_wheel

PLATFORM = os.environ.get("YR_META_MOCK_WHEEL_PLATFORM", "linux_x86_64")


class ExecutableDistribution(Distribution):
    def has_ext_modules(self):
        return True  # an executable inside: installed as platform-specific (platlib), like a C extension


class ExecutableWheel(bdist_wheel):
    def get_tag(self):
        return "py3", "none", PLATFORM  # any Python 3: the executable is not a Python extension


setup(distclass=ExecutableDistribution, cmdclass={"bdist_wheel": ExecutableWheel})
