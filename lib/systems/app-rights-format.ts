import type { RightInput } from '../schemas/systems';

/**
 * `useOldFormatForApp`: an app resource `app_{org}_{app}` is written as the pair `urn:altinn:org` +
 * `urn:altinn:app`, as older consumers expect. Other resources pass through.
 */
export function appRightsFormat(rights: RightInput[]): RightInput[] {
  return rights.map((right) => ({
    ...right,
    resource: right.resource.flatMap((pair) => {
      const match = /^app_([^_]+)_(.+)$/.exec(pair.value);
      if (pair.id !== 'urn:altinn:resource' || !match) return [pair];
      return [
        { id: 'urn:altinn:org', value: match[1] },
        { id: 'urn:altinn:app', value: match[2] },
      ];
    }),
  }));
}
