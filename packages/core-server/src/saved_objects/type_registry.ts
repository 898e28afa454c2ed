import type { ISavedObjectTypeRegistry, SavedObjectsType } from './types';

const NAME = /^[a-z0-9][a-z0-9_-]*$/;

export class SavedObjectTypeRegistry implements ISavedObjectTypeRegistry {
  private readonly types = new Map<string, SavedObjectsType>();

  public registerType(type: SavedObjectsType): void {
    if (!NAME.test(type.name)) throw new Error(`Invalid saved object type name [${type.name}]`);
    if (this.types.has(type.name)) throw new Error(`Type '${type.name}' is already registered`);
    this.types.set(type.name, type);
  }

  public getType(name: string): SavedObjectsType | undefined {
    return this.types.get(name);
  }

  public getAllTypes(): SavedObjectsType[] {
    return [...this.types.values()];
  }

  public getImportableAndExportableTypes(): SavedObjectsType[] {
    return this.getAllTypes().filter((type) => type.management?.importableAndExportable === true);
  }

  public isHidden(name: string): boolean {
    return this.types.get(name)?.hidden ?? false;
  }

  public isNamespaceAgnostic(name: string): boolean {
    return this.types.get(name)?.namespaceType === 'agnostic';
  }
}
