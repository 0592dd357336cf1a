// The scopes of Altinn's policies (docs/altinn-behaviour.md, "Tokens and scopes"), named once.
export const SCOPES = {
  requestWrite: 'altinn:authentication/systemuser.request.write',
  requestRead: 'altinn:authentication/systemuser.request.read',
  registerWrite: 'altinn:authentication/systemregister.write',
  registerAdmin: 'altinn:authentication/systemregister.admin',
  systemUserLookup: 'altinn:maskinporten/systemuser.read',
  portal: 'altinn:portal/enduser',
  clientDelegationsRead: 'altinn:clientdelegations.read',
  clientDelegationsWrite: 'altinn:clientdelegations.write',
  systemUserAdmin: 'altinn:authentication/systemuser.admin',
  // The sandbox's Maskinporten client registry uses the scopes of Digdir's self-service API for clients.
  clientsRead: 'idporten:dcr.read',
  clientsWrite: 'idporten:dcr.write',
} as const;
