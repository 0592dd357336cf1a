// The default catalogue: access-package areas, access packages and resources as Altinn's test
// environment has them (names in bokmål, nynorsk and English). Assignable packages may be given to standard
// system users; delegable packages travel through client relations to agent system users.

export interface AreaSeed {
  urn: string;
  name: [nb: string, nn: string, en: string];
  description: [nb: string, nn: string, en: string];
}

export interface PackageSeed {
  urn: string;
  area: string;
  name: [nb: string, nn: string, en: string];
  description: [nb: string, nn: string, en: string];
  isAssignable: boolean;
  isDelegable: boolean;
  resources: string[];
}

export interface ResourceSeed {
  id: string;
  title: [nb: string, nn: string, en: string];
  description: [nb: string, nn: string, en: string];
  resourceType: string;
  ownerOrgNo: string;
  ownerName: string;
  delegable: boolean;
  /** ER roles that have the resource by its policy, without a delegation (apps: daglig leder, styreleder). */
  rolePolicy?: string[];
}

const AREA = 'urn:altinn:accesspackage:area:';
const PKG = 'urn:altinn:accesspackage:';

export const areas: AreaSeed[] = [
  {
    urn: `${AREA}skatt_avgift_regnskap_og_toll`,
    name: ['Skatt, avgift, regnskap og toll', 'Skatt, avgift, rekneskap og toll', 'Tax, fees, accounting and customs'],
    description: [
      'Tilgangspakker for skatt, avgifter, regnskap og toll.',
      'Tilgangspakkar for skatt, avgifter, rekneskap og toll.',
      'Access packages for tax, fees, accounting and customs.',
    ],
  },
  {
    urn: `${AREA}personale`,
    name: ['Personale', 'Personale', 'Personnel'],
    description: [
      'Tilgangspakker for ansettelse, lønn, pensjon og fravær.',
      'Tilgangspakkar for tilsetjing, løn, pensjon og fråvær.',
      'Access packages for employment, payroll, pensions and absence.',
    ],
  },
  {
    urn: `${AREA}post_og_arkiv`,
    name: ['Post og arkiv', 'Post og arkiv', 'Mail and archive'],
    description: [
      'Tilgangspakker for post til virksomheten.',
      'Tilgangspakkar for post til verksemda.',
      'Access packages for mail to the business.',
    ],
  },
  {
    urn: `${AREA}bygg_anlegg_og_eiendom`,
    name: ['Bygg, anlegg og eiendom', 'Bygg, anlegg og eigedom', 'Construction, infrastructure and real estate'],
    description: [
      'Tilgangspakker for byggesaker, planer og eiendom.',
      'Tilgangspakkar for byggjesaker, planar og eigedom.',
      'Access packages for building applications, zoning and property.',
    ],
  },
  {
    urn: `${AREA}jordbruk_skogbruk_jakt_fiske_og_akvakultur`,
    name: [
      'Jordbruk, skogbruk, jakt, fiske og akvakultur',
      'Jordbruk, skogbruk, jakt, fiske og akvakultur',
      'Agriculture, forestry, hunting, fishing and aquaculture',
    ],
    description: [
      'Tilgangspakker for jordbruk, skogbruk, jakt, fiske og akvakultur.',
      'Tilgangspakkar for jordbruk, skogbruk, jakt, fiske og akvakultur.',
      'Access packages for agriculture, forestry, hunting, fishing and aquaculture.',
    ],
  },
  {
    urn: `${AREA}transport_og_lagring`,
    name: ['Transport og lagring', 'Transport og lagring', 'Transport and storage'],
    description: [
      'Tilgangspakker for transport av gods og personer.',
      'Tilgangspakkar for transport av gods og personar.',
      'Access packages for transport of goods and people.',
    ],
  },
  {
    urn: `${AREA}fullmakter_for_regnskapsforer`,
    name: ['Fullmakter for regnskapsfører', 'Fullmakter for rekneskapsførar', 'Authorizations for accountants'],
    description: [
      'Tilgangspakker som følger av at en regnskapsfører er registrert for kunden i Enhetsregisteret.',
      'Tilgangspakkar som følgjer av at ein rekneskapsførar er registrert for kunden i Einingsregisteret.',
      'Access packages given by an accountant being registered for the client in the Central Coordinating Register.',
    ],
  },
  {
    urn: `${AREA}fullmakter_for_revisor`,
    name: ['Fullmakter for revisor', 'Fullmakter for revisor', 'Authorizations for auditors'],
    description: [
      'Tilgangspakker som følger av at en revisor er registrert for kunden i Enhetsregisteret.',
      'Tilgangspakkar som følgjer av at ein revisor er registrert for kunden i Einingsregisteret.',
      'Access packages given by an auditor being registered for the client in the Central Coordinating Register.',
    ],
  },
  {
    urn: `${AREA}fullmakter_for_forretningsforer`,
    name: ['Fullmakter for forretningsfører', 'Fullmakter for forretningsførar', 'Authorizations for business managers'],
    description: [
      'Tilgangspakker som følger av at en forretningsfører er registrert for kunden i Enhetsregisteret.',
      'Tilgangspakkar som følgjer av at ein forretningsførar er registrert for kunden i Einingsregisteret.',
      'Access packages given by a business manager being registered for the client in the Central Coordinating Register.',
    ],
  },
];

function assignable(
  slug: string,
  area: string,
  name: PackageSeed['name'],
  description: PackageSeed['description'],
  resources: string[] = [],
): PackageSeed {
  return { urn: PKG + slug, area: AREA + area, name, description, isAssignable: true, isDelegable: false, resources };
}

function clientOnly(
  slug: string,
  area: string,
  name: PackageSeed['name'],
  description: PackageSeed['description'],
  resources: string[] = [],
): PackageSeed {
  return { urn: PKG + slug, area: AREA + area, name, description, isAssignable: false, isDelegable: true, resources };
}

const TAX = 'skatt_avgift_regnskap_og_toll';

export const accessPackages: PackageSeed[] = [
  assignable(
    'skattegrunnlag',
    TAX,
    ['Skattegrunnlag', 'Skattegrunnlag', 'Tax base'],
    [
      'Gir tilgang til tjenester for innrapportering av grunnlagsdata for skatt, som lønn, renter og formue.',
      'Gir tilgang til tenester for innrapportering av grunnlagsdata for skatt, som løn, renter og formue.',
      'Gives access to services for reporting data that taxes are based on, such as salaries, interest and assets.',
    ],
    ['ske-innrapportering-skattegrunnlag'],
  ),
  assignable(
    'skatt-naering',
    TAX,
    ['Skatt næring', 'Skatt næring', 'Business tax'],
    [
      'Gir tilgang til skattemelding og andre tjenester for skatt for virksomheter.',
      'Gir tilgang til skattemelding og andre tenester for skatt for verksemder.',
      'Gives access to the tax return and other tax services for businesses.',
    ],
    ['ske-skattemelding-naering'],
  ),
  assignable(
    'merverdiavgift',
    TAX,
    ['Merverdiavgift', 'Meirverdiavgift', 'Value added tax'],
    [
      'Gir tilgang til mva-melding, registrering og andre tjenester for merverdiavgift.',
      'Gir tilgang til mva-melding, registrering og andre tenester for meirverdiavgift.',
      'Gives access to the VAT return, registration and other VAT services.',
    ],
    ['ske-mva-melding'],
  ),
  assignable(
    'krav-og-utlegg',
    TAX,
    ['Krav, betalinger og utlegg', 'Krav, betalingar og utlegg', 'Claims, payments and enforcement'],
    [
      'Gir tilgang til tjenester for krav, innbetalinger, tilbakebetalinger og utlegg.',
      'Gir tilgang til tenester for krav, innbetalingar, tilbakebetalingar og utlegg.',
      'Gives access to services for claims, payments, refunds and enforcement.',
    ],
    ['ske-krav-og-betalinger'],
  ),
  assignable(
    'regnskap-okonomi-rapport',
    TAX,
    ['Regnskap og økonomirapportering', 'Rekneskap og økonomirapportering', 'Accounting and financial reporting'],
    [
      'Gir tilgang til innsending av årsregnskap og annen økonomisk rapportering.',
      'Gir tilgang til innsending av årsrekneskap og anna økonomisk rapportering.',
      'Gives access to filing annual accounts and other financial reporting.',
    ],
    ['brg-aarsregnskap'],
  ),
  assignable(
    'reviorattesterer',
    TAX,
    ['Revisorattesterer', 'Revisorattesterar', 'Auditor certifier'],
    [
      'Gir tilgang til å attestere skattemeldinger, søknader og rapporter som revisor.',
      'Gir tilgang til å attestere skattemeldingar, søknader og rapportar som revisor.',
      'Gives access to certify tax returns, applications and reports as an auditor.',
    ],
  ),
  // Assignable and delegable to clients, as Altinn's own browser tests use it.
  {
    ...assignable(
      'motorvognavgift',
      TAX,
      ['Motorvognavgifter', 'Motorvognavgifter', 'Motor vehicle taxes'],
      [
        'Gir tilgang til tjenester for avgifter på kjøretøy.',
        'Gir tilgang til tenester for avgifter på køyretøy.',
        'Gives access to services for vehicle taxes.',
      ],
    ),
    isDelegable: true,
  },
  assignable(
    'jordbruk',
    'jordbruk_skogbruk_jakt_fiske_og_akvakultur',
    ['Jordbruk', 'Jordbruk', 'Agriculture'],
    [
      'Gir tilgang til tjenester for jordbruk, som produksjonstilskudd og rapportering til Landbruksdirektoratet.',
      'Gir tilgang til tenester for jordbruk, som produksjonstilskot og rapportering til Landbruksdirektoratet.',
      'Gives access to agriculture services, such as production subsidies and reporting to the Norwegian Agriculture Agency.',
    ],
  ),
  assignable(
    'saeravgifter',
    TAX,
    ['Særavgifter', 'Særavgifter', 'Excise duties'],
    [
      'Gir tilgang til tjenester for særavgifter, som avgift på alkohol, tobakk og drivstoff.',
      'Gir tilgang til tenester for særavgifter, som avgift på alkohol, tobakk og drivstoff.',
      'Gives access to services for excise duties, such as duties on alcohol, tobacco and fuel.',
    ],
  ),
  assignable(
    'toll',
    TAX,
    ['Toll', 'Toll', 'Customs'],
    [
      'Gir tilgang til tjenester for import, eksport og tolldeklarasjoner.',
      'Gir tilgang til tenester for import, eksport og tolldeklarasjonar.',
      'Gives access to services for import, export and customs declarations.',
    ],
  ),
  assignable(
    'ansettelsesforhold',
    'personale',
    ['Ansettelsesforhold', 'Tilsetjingsforhold', 'Employment'],
    [
      'Gir tilgang til tjenester om ansettelser og arbeidsforhold.',
      'Gir tilgang til tenester om tilsetjingar og arbeidsforhold.',
      'Gives access to services about hiring and employment relationships.',
    ],
  ),
  assignable(
    'lonn',
    'personale',
    ['Lønn', 'Løn', 'Payroll'],
    [
      'Gir tilgang til tjenester for lønn og innrapportering av lønn.',
      'Gir tilgang til tenester for løn og innrapportering av løn.',
      'Gives access to payroll services and payroll reporting.',
    ],
    ['nav-a-ordningen'],
  ),
  assignable(
    'a-ordning',
    'personale',
    ['A-ordningen', 'A-ordninga', 'The a-scheme'],
    [
      'Gir tilgang til a-meldingen og tilhørende tjenester.',
      'Gir tilgang til a-meldinga og tilhøyrande tenester.',
      'Gives access to the a-melding and related services.',
    ],
    ['nav-a-ordningen'],
  ),
  assignable(
    'pensjon',
    'personale',
    ['Pensjon', 'Pensjon', 'Pensions'],
    [
      'Gir tilgang til tjenester om pensjonsordninger for ansatte.',
      'Gir tilgang til tenester om pensjonsordningar for tilsette.',
      'Gives access to services about employee pension schemes.',
    ],
  ),
  assignable(
    'sykefravaer',
    'personale',
    ['Sykefravær', 'Sjukefråvær', 'Sick leave'],
    [
      'Gir tilgang til sykmeldinger, inntektsmeldinger og oppfølging av sykefravær.',
      'Gir tilgang til sjukmeldingar, inntektsmeldingar og oppfølging av sjukefråvær.',
      'Gives access to sick notes, income reports and follow-up of sick leave.',
    ],
    ['nav-sykmelding'],
  ),
  assignable(
    'permisjon',
    'personale',
    ['Permisjon', 'Permisjon', 'Leave of absence'],
    [
      'Gir tilgang til tjenester om foreldrepenger, omsorgspenger og annen permisjon.',
      'Gir tilgang til tenester om foreldrepengar, omsorgspengar og anna permisjon.',
      'Gives access to services about parental benefit, care benefit and other leave.',
    ],
  ),
  assignable(
    'ordinaer-post-til-virksomheten',
    'post_og_arkiv',
    ['Ordinær post til virksomheten', 'Ordinær post til verksemda', 'Ordinary mail to the business'],
    [
      'Gir tilgang til post fra offentlige etater som ikke er taushetsbelagt.',
      'Gir tilgang til post frå offentlege etatar som ikkje er teieplikt-belagt.',
      'Gives access to mail from public agencies that is not confidential.',
    ],
  ),
  assignable(
    'post-til-virksomheten-med-taushetsbelagt-innhold',
    'post_og_arkiv',
    ['Post til virksomheten med taushetsbelagt innhold', 'Post til verksemda med teiepliktig innhald', 'Confidential mail to the business'],
    [
      'Gir tilgang til post fra offentlige etater med taushetsbelagt innhold.',
      'Gir tilgang til post frå offentlege etatar med teiepliktig innhald.',
      'Gives access to confidential mail from public agencies.',
    ],
  ),
  assignable(
    'byggesoknad',
    'bygg_anlegg_og_eiendom',
    ['Byggesøknad', 'Byggjesøknad', 'Building application'],
    [
      'Gir tilgang til å sende inn og følge opp byggesøknader.',
      'Gir tilgang til å sende inn og følgje opp byggjesøknader.',
      'Gives access to submitting and following up building applications.',
    ],
  ),
  assignable(
    'plansak',
    'bygg_anlegg_og_eiendom',
    ['Plansak', 'Plansak', 'Zoning case'],
    [
      'Gir tilgang til tjenester for reguleringsplaner og plansaker.',
      'Gir tilgang til tenester for reguleringsplanar og plansaker.',
      'Gives access to services for zoning plans and planning cases.',
    ],
  ),
  assignable(
    'veitransport',
    'transport_og_lagring',
    ['Veitransport', 'Vegtransport', 'Road transport'],
    [
      'Gir tilgang til tjenester for transport av gods og personer på vei.',
      'Gir tilgang til tenester for transport av gods og personar på veg.',
      'Gives access to services for transport of goods and people by road.',
    ],
  ),
  clientOnly(
    'regnskapsforer-med-signeringsrettighet',
    'fullmakter_for_regnskapsforer',
    ['Regnskapsfører med signeringsrettighet', 'Rekneskapsførar med signeringsrett', 'Accountant with signing rights'],
    [
      'Gir regnskapsfører tilgang til å utføre og signere regnskapstjenester for klienten.',
      'Gir rekneskapsførar tilgang til å utføre og signere rekneskapstenester for klienten.',
      'Lets the accountant perform and sign accounting services for the client.',
    ],
    ['ske-mva-melding', 'brg-aarsregnskap', 'ske-skattemelding-naering'],
  ),
  clientOnly(
    'regnskapsforer-uten-signeringsrettighet',
    'fullmakter_for_regnskapsforer',
    ['Regnskapsfører uten signeringsrettighet', 'Rekneskapsførar utan signeringsrett', 'Accountant without signing rights'],
    [
      'Gir regnskapsfører tilgang til å utføre regnskapstjenester for klienten, uten å signere.',
      'Gir rekneskapsførar tilgang til å utføre rekneskapstenester for klienten, utan å signere.',
      'Lets the accountant perform accounting services for the client, without signing.',
    ],
    ['ske-mva-melding', 'brg-aarsregnskap'],
  ),
  clientOnly(
    'regnskapsforer-lonn',
    'fullmakter_for_regnskapsforer',
    ['Regnskapsfører lønn', 'Rekneskapsførar løn', 'Accountant payroll'],
    [
      'Gir regnskapsfører tilgang til lønnstjenester for klienten.',
      'Gir rekneskapsførar tilgang til løntenester for klienten.',
      'Lets the accountant perform payroll services for the client.',
    ],
    ['nav-a-ordningen'],
  ),
  clientOnly(
    'ansvarlig-revisor',
    'fullmakter_for_revisor',
    ['Ansvarlig revisor', 'Ansvarleg revisor', 'Responsible auditor'],
    [
      'Gir ansvarlig revisor tilgang til revisjonstjenester for klienten.',
      'Gir ansvarleg revisor tilgang til revisjonstenester for klienten.',
      'Gives the responsible auditor access to audit services for the client.',
    ],
    ['brg-aarsregnskap', 'ske-skattemelding-naering'],
  ),
  clientOnly(
    'revisormedarbeider',
    'fullmakter_for_revisor',
    ['Revisormedarbeider', 'Revisormedarbeidar', 'Audit staff'],
    [
      'Gir revisors medarbeidere tilgang til revisjonstjenester for klienten, uten å attestere.',
      'Gir medarbeidarane til revisor tilgang til revisjonstenester for klienten, utan å attestere.',
      'Gives audit staff access to audit services for the client, without certifying.',
    ],
    ['brg-aarsregnskap'],
  ),
  clientOnly(
    'forretningsforer-eiendom',
    'fullmakter_for_forretningsforer',
    ['Forretningsfører eiendom', 'Forretningsførar eigedom', 'Property business manager'],
    [
      'Gir forretningsfører tilgang til tjenester for eiendommen klienten eier eller forvalter.',
      'Gir forretningsførar tilgang til tenester for eigedommen klienten eig eller forvaltar.',
      'Gives the business manager access to services for property the client owns or manages.',
    ],
  ),
];

const SKE = ['974761076', 'Skatteetaten'] as const;

export const resources: ResourceSeed[] = [
  {
    id: 'ske-krav-og-betalinger',
    title: ['Krav og betalinger', 'Krav og betalingar', 'Claims and payments'],
    description: [
      'Se krav, innbetalinger og tilbakebetalinger fra Skatteetaten.',
      'Sjå krav, innbetalingar og tilbakebetalingar frå Skatteetaten.',
      'See claims, payments and refunds from the Norwegian Tax Administration.',
    ],
    resourceType: 'GenericAccessResource',
    ownerOrgNo: SKE[0],
    ownerName: SKE[1],
    delegable: true,
  },
  {
    id: 'ske-innrapportering-skattegrunnlag',
    title: ['Innrapportering av skattegrunnlag', 'Innrapportering av skattegrunnlag', 'Reporting of tax base data'],
    description: [
      'Rapporter grunnlagsdata for skatt til Skatteetaten.',
      'Rapporter grunnlagsdata for skatt til Skatteetaten.',
      'Report tax base data to the Norwegian Tax Administration.',
    ],
    resourceType: 'GenericAccessResource',
    ownerOrgNo: SKE[0],
    ownerName: SKE[1],
    delegable: true,
  },
  {
    id: 'ske-skattemelding-naering',
    title: ['Skattemelding for næringsdrivende', 'Skattemelding for næringsdrivande', 'Tax return for businesses'],
    description: [
      'Lever skattemelding og næringsspesifikasjon.',
      'Lever skattemelding og næringsspesifikasjon.',
      'File the tax return and business specification.',
    ],
    resourceType: 'GenericAccessResource',
    ownerOrgNo: SKE[0],
    ownerName: SKE[1],
    delegable: true,
  },
  {
    id: 'ske-mva-melding',
    title: ['Mva-melding', 'Mva-melding', 'VAT return'],
    description: ['Send inn mva-melding for virksomheten.', 'Send inn mva-melding for verksemda.', 'File the VAT return for the business.'],
    resourceType: 'GenericAccessResource',
    ownerOrgNo: SKE[0],
    ownerName: SKE[1],
    delegable: true,
  },
  {
    id: 'brg-aarsregnskap',
    title: ['Årsregnskap', 'Årsrekneskap', 'Annual accounts'],
    description: [
      'Send inn årsregnskap til Regnskapsregisteret.',
      'Send inn årsrekneskap til Rekneskapsregisteret.',
      'File annual accounts with the Register of Company Accounts.',
    ],
    resourceType: 'AltinnApp',
    ownerOrgNo: '974760673',
    ownerName: 'Brønnøysundregistrene',
    delegable: true,
    rolePolicy: ['DAGL', 'LEDE'],
  },
  {
    id: 'nav-a-ordningen',
    title: ['A-ordningen', 'A-ordninga', 'The a-scheme'],
    description: [
      'Rapporter inntekt og arbeidsforhold i a-meldingen.',
      'Rapporter inntekt og arbeidsforhold i a-meldinga.',
      'Report income and employment in the a-melding.',
    ],
    resourceType: 'GenericAccessResource',
    ownerOrgNo: '889640782',
    ownerName: 'Arbeids- og velferdsetaten (Nav)',
    delegable: true,
  },
  {
    id: 'nav-sykmelding',
    title: ['Sykmelding', 'Sjukmelding', 'Sick note'],
    description: [
      'Motta og følg opp sykmeldinger for ansatte.',
      'Motta og følg opp sjukmeldingar for tilsette.',
      'Receive and follow up sick notes for employees.',
    ],
    resourceType: 'GenericAccessResource',
    ownerOrgNo: '889640782',
    ownerName: 'Arbeids- og velferdsetaten (Nav)',
    delegable: true,
  },
  {
    id: 'ske-maskinporten-skattegrunnlag',
    title: ['Skattegrunnlag (Maskinporten-API)', 'Skattegrunnlag (Maskinporten-API)', 'Tax base (Maskinporten API)'],
    description: [
      'Maskinporten-scope for oppslag i skattegrunnlag. Kan ikke delegeres til systembrukere.',
      'Maskinporten-scope for oppslag i skattegrunnlag. Kan ikkje delegerast til systembrukarar.',
      'Maskinporten scope for tax base look-ups. Cannot be delegated to system users.',
    ],
    resourceType: 'MaskinportenSchema',
    ownerOrgNo: SKE[0],
    ownerName: SKE[1],
    delegable: false,
  },
];
