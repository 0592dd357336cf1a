import { Label, Select, SelectOption } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';

import type { RepresentedParty } from '@/lib/session/chosen-party';
import { formatOrgNo } from '@/lib/systems/describe-rights';

import { chooseParty } from './actions';
import { SubmitButton } from './submit-button';

/** The account selector of the management pages: every organisation the person may act for. */
export async function PartyPicker({ parties, chosen }: { parties: RepresentedParty[]; chosen?: string }) {
  const t = await getTranslations('common');
  return (
    <form action={chooseParty} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor="party-picker">{t('partyPicker')}</Label>
        <Select id="party-picker" name="orgNo" defaultValue={chosen} data-size="sm">
          {parties.map((p) => (
            <SelectOption key={p.orgNo} value={p.orgNo}>
              {p.name} ({formatOrgNo(p.orgNo)})
            </SelectOption>
          ))}
        </Select>
      </div>
      <SubmitButton variant="secondary" data-size="sm">
        {t('switchParty')}
      </SubmitButton>
    </form>
  );
}
