"""Pure-Python core of kz-innovation.

Nothing under this package imports ``qgis`` or Qt: it runs in any Python with
the packages of ``requirements.txt``.
"""
