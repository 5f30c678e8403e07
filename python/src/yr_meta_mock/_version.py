# Rewritten from package.json's version by scripts/build-wheel.mjs when it stages the wheel.
VERSION = "0.0.0"
