import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData } from '../../src/domain/personal-data';

const kinds = (text: string) => findPersonalData(text).map((s) => [s.kind, text.slice(s.offset, s.offset + s.length)]);

describe('personal data found locally, in UK formats', () => {
  it.each([
    ['ring me on 07700 900123', '07700 900123'],
    ['my mobile is 07700900123', '07700900123'],
    ['+44 7700 900123 any time', '+44 7700 900123'],
    ['+44 (0)7700 900 123', '+44 (0)7700 900 123'],
    ['call (01772) 533587', '(01772) 533587'],
    ['0800-123-4567 is the number', '0800-123-4567'],
    ['London 020 7946 0018', '020 7946 0018'],
    ['Colwyn Bay 01492 805486', '01492 805486'],
    ['0044 1492 805486', '0044 1492 805486'],
  ])('a phone number in "%s"', (text, phone) => {
    expect(kinds(text)).toContainEqual(['phone', phone]);
  });

  it.each([
    ['e-mail jo.bloggs@example.org', 'jo.bloggs@example.org'],
    ['JO_B+police@mail.example.co.uk.', 'JO_B+police@mail.example.co.uk'],
    ['siân@enghraifft.cymru', 'siân@enghraifft.cymru'],
  ])('an e-mail address in "%s"', (text, email) => {
    expect(kinds(text)).toContainEqual(['email', email]);
  });

  it.each([
    ['I live at PR1 2HE', 'PR1 2HE'],
    ['LL29 8AW', 'LL29 8AW'],
    ['M1 1AE', 'M1 1AE'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['sw1a1aa', 'sw1a1aa'],
  ])('a postcode in "%s"', (text, postcode) => {
    expect(kinds(text)).toContainEqual(['postcode', postcode]);
  });

  it.each([
    ['I live at 1 Fishergate, Preston', '1 Fishergate'],
    ['it happened outside 22 Market Street', '22 Market Street'],
    ['Flat 3, 22 Hill Road', 'Flat 3, 22 Hill Road'],
    ['12a Station Road', '12a Station Road'],
    ['5 Heol y Castell', '5 Heol'],
  ])('a street address in "%s"', (text, address) => {
    expect(kinds(text).find(([k]) => k === 'address')?.[1]).toContain(address);
  });

  it.each([
    ['NI number QQ 12 34 56 C', 'QQ 12 34 56 C'],
    ['ni AB123456C', 'AB123456C'],
  ])('a National Insurance number in "%s"', (text, ni) => {
    expect(kinds(text)).toContainEqual(['ni-number', ni]);
  });

  it('an NHS number only when its check digit is right', () => {
    expect(kinds('NHS number 943 476 5919')).toContainEqual(['nhs-number', '943 476 5919']);
    expect(kinds('9434765919')).toContainEqual(['nhs-number', '9434765919']);
    expect(kinds('943 476 5918').some(([k]) => k === 'nhs-number')).toBe(false);
  });

  it.each([
    ['born 12/03/1985', '12/03/1985'],
    ['DOB: 3 March 1990', '3 March 1990'],
    ['date of birth 1.2.85', '1.2.85'],
    ['my birthday is March 3, 1990', 'March 3, 1990'],
    ['dyddiad geni 12/03/1985', '12/03/1985'],
  ])('a date of birth in "%s"', (text, dob) => {
    expect(kinds(text)).toContainEqual(['date-of-birth', dob]);
  });

  it.each([
    ['a silver car AB12 CDE', 'AB12 CDE'],
    ['reg WX68XYZ', 'WX68XYZ'],
    ['an old van A123 BCD', 'A123 BCD'],
    ['plate ABC 123D', 'ABC 123D'],
  ])('a vehicle registration in "%s"', (text, plate) => {
    expect(kinds(text)).toContainEqual(['vehicle', plate]);
  });

  it.each([
    ['My name is Jo Bloggs', 'Jo Bloggs'],
    ["I'm called Siân", 'Siân'],
    ['Mr Patel next door', 'Patel'],
    ['my ex, Darren Smith, keeps calling', 'Darren Smith'],
    ['my neighbour Dave shouted', 'Dave'],
    ["Thanks, Jo O'Neill", "Jo O'Neill"],
    ['Fy enw i yw Rhys', 'Rhys'],
  ])('a name in "%s"', (text, name) => {
    expect(kinds(text)).toContainEqual(['name', name]);
  });

  it('leaves what is not personal data: dates, times, references, sums, ordinary capitals', () => {
    for (const text of [
      'It happened on 12/11/2026 at 10:30',
      'My reference is LAN-2026-000123 and the force one is LC-20261101-1234',
      'It cost £1,250.00',
      'The Chief Constable and the Police and Crime Panel',
      'I called 999 and then 101',
      'My dad is scared',
    ]) expect(findPersonalData(text)).toEqual([]);
  });

  it('replaces each piece with what it was', () => {
    expect(redactPersonalData('My name is Jo Bloggs, call 07700 900123 or jo@example.org, PR1 2HE.')).toBe('My name is [name], call [phone] or [e-mail], [postcode].');
  });
});
