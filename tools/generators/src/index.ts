export { pluginGenerator, type PluginGeneratorOptions } from './plugin/plugin_generator';
export { connectorPackageGenerator, type ConnectorPackageGeneratorOptions } from './connector_package/connector_package_generator';
