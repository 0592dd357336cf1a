import defaultDocument from '../../testdata/default.json';

// The default system register.

export interface Right {
  action?: string;
  resource: { id: string; value: string }[];
}

export interface SystemSeed {
  id: string;
  systemId: string;
  vendorOrgNo: string;
  name: Record<'nb' | 'nn' | 'en', string>;
  description: Record<'nb' | 'nn' | 'en', string>;
  rights: Right[];
  accessPackages: string[];
  clientIds: string[];
  allowedRedirectUrls: string[];
  isVisible: boolean;
}

// The data itself is in the default test data document (testdata/default.json).
export const systems = defaultDocument.systems as SystemSeed[];
