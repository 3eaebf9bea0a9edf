"""kz-innovation: a QGIS Processing plugin for regional innovation analysis."""


def classFactory(iface):
    """Return the plugin object QGIS asks for; imports stay lazy so loading never fails."""
    from .plugin import KzInnovationPlugin

    return KzInnovationPlugin(iface)
