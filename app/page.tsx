import {
  Card,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

import { ClockBanner } from '@/components/clock-banner';
import { SiteHeader } from '@/components/site-header';
import { config } from '@/lib/config';
import { listDirectory } from '@/lib/parties/list-directory';

export const dynamic = 'force-dynamic';

const ROLE_NAMES: Record<string, string> = {
  DAGL: 'Daglig leder',
  LEDE: 'Styreleder',
  MEDL: 'Styremedlem',
  HOVEDADMINISTRATOR: 'Hovedadministrator',
  TILGANGSSTYRER: 'Tilgangsstyrer',
  KLIENTADMINISTRATOR: 'Klientadministrator',
  REPRESENTANT: 'Kan representere',
};

const CLIENT_ROLES: Record<string, string> = { REGN: 'regnskapsfører', REVI: 'revisor', FFOR: 'forretningsfører' };

/** A section of the directory: a heading, an optional note, and a table of the given columns. */
function DirectoryTable({
  id,
  heading,
  intro,
  columns,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <section className="flex flex-col gap-3" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {heading}
      </Heading>
      {intro ? <Paragraph data-size="sm">{intro}</Paragraph> : null}
      <div className="overflow-x-auto">
        <Table zebra data-size="sm">
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c}>{c}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>{children}</TableBody>
        </Table>
      </div>
    </section>
  );
}

/** A row of a directory table: the name, the identifying number, and what the party has. */
function DirectoryRow({ name, code, children }: { name: ReactNode; code: string; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell>{name}</TableCell>
      <TableCell>
        <code>{code}</code>
      </TableCell>
      <TableCell>{children}</TableCell>
    </TableRow>
  );
}

export default async function HomePage() {
  const { persons, organizations } = await listDirectory();
  const base = config().PUBLIC_URL;

  return (
    <>
      <SiteHeader />
      <ClockBanner />
      <main className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-8">
        <section className="flex flex-col gap-3">
          <Heading level={1} data-size="lg">
            Sandkasse for systembruker
          </Heading>
          <Paragraph>
            Her kan leverandører av sluttbrukersystem prøve hele systembruker-flyten fra Altinn 3 på egen maskin: be om en systembruker for
            en kunde gjennom API-et, åpne lenken i <code>confirmUrl</code>, logg inn som en testperson og godkjenn eller avvis. Stiene,
            JSON-formatene, statuskodene og feilkodene er de samme som i Altinn, så det eneste som byttes er adressen.
          </Paragraph>
        </section>

        <Paragraph>
          <a href="/accessmanagement/ui/systemuser/overview">Gå til systemtilganger</a> ·{' '}
          <a href="/accessmanagement/ui/login">Logg inn som testperson</a>
        </Paragraph>

        <Card data-color="neutral">
          <Heading level={2} data-size="sm">
            Adresser
          </Heading>
          <div className="overflow-x-auto">
            <Table data-size="sm">
              <TableBody>
                <TableRow>
                  <TableHeaderCell>API-er</TableHeaderCell>
                  <TableCell>
                    <code>{base}/authentication/api/v1/…</code>
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableHeaderCell>API-referanse</TableHeaderCell>
                  <TableCell>
                    <a href="/docs/api">API-referanse (OpenAPI)</a>
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableHeaderCell>Godkjenningssider</TableHeaderCell>
                  <TableCell>
                    <code>{base}/accessmanagement/ui/systemuser/request?id=…</code>
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableHeaderCell>Helsesjekk</TableHeaderCell>
                  <TableCell>
                    <a href="/health">
                      <code>{base}/health</code>
                    </a>
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </div>
        </Card>

        <DirectoryTable
          id="persons-heading"
          heading="Testpersoner"
          intro="Syntetiske fødselsnumre. Alle kan logge inn uten passord."
          columns={['Navn', 'Fødselsnummer', 'Roller']}
        >
          {persons.map((p) => (
            <DirectoryRow key={p.pid} name={p.name} code={p.pid}>
              {p.roles.map((r) => (
                <div key={r.orgNo}>
                  {r.codes.map((c) => ROLE_NAMES[c] ?? c).join(', ')} for {r.orgName} ({r.orgNo})
                </div>
              ))}
            </DirectoryRow>
          ))}
        </DirectoryTable>

        <DirectoryTable id="orgs-heading" heading="Virksomheter" columns={['Navn', 'Organisasjonsnummer', 'Systemer og klienter']}>
          {organizations.map((o) => (
            <DirectoryRow
              key={o.orgNo}
              name={
                <>
                  {o.name} <Tag data-size="sm">{o.unitType}</Tag>
                </>
              }
              code={o.orgNo}
            >
              {o.systems.map((s) => (
                <div key={s.systemId}>
                  System <code>{s.systemId}</code>
                </div>
              ))}
              {o.clients.map((c) => (
                <div key={`${c.orgNo}-${c.roleCode}`}>
                  {CLIENT_ROLES[c.roleCode] ?? c.roleCode} for {c.name} ({c.orgNo})
                </div>
              ))}
            </DirectoryRow>
          ))}
        </DirectoryTable>
      </main>
    </>
  );
}
