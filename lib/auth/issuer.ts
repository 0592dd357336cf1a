import { config } from '../config';

/** The simulator's issuer identifier, with Maskinporten's trailing slash: also the grant's required `aud`. */
export function issuer(): string {
  return `${config().PUBLIC_URL}/maskinporten/`;
}

/** Maskinporten's organisation identifier: `{authority: "iso6523-actorid-upis", ID: "0192:<orgno>"}`. */
export function orgIdentifier(orgNo: string): { authority: string; ID: string } {
  return { authority: 'iso6523-actorid-upis', ID: `0192:${orgNo}` };
}
