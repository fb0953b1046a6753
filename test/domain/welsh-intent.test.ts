import { describe, expect, it } from 'vitest';
import { recogniseComplaintAbout, recogniseEnquiryTopic, recogniseLanguageChoice, understand } from '../../src/domain/intent';

// What a Welsh speaker types, with the mutations Welsh grammar puts on the words the routes hinge on.
describe('Welsh in free text', () => {
  it.each([
    ['Hoffwn wneud cwyn', 'complaint'],
    ['Mae gen i gŵyn am swyddog', 'complaint'],
    ['dwi isio cwyno am yr heddlu', 'complaint'],
    ['Rwy’n anhapus gyda’r ffordd y deliodd yr heddlu â fy achos', 'complaint'],
    ['Dw i eisiau gwneud cwyn am y Prif Gwnstabl', 'complaint'],
    ['fy nghwyn am y comisiynydd', 'complaint'],
    ['Hoffwn roi sylw ar waith y comisiynydd', 'comment'],
    ['Diolch am y swyddogion newydd ym Mangor', 'comment'],
    ['Mae gen i awgrym ar gyfer y cynllun', 'comment'],
    ['Rwy’n ddioddefwr trosedd ac mae angen cymorth arna i', 'support'],
    ['Dw i angen help, ces i fy nwyn', 'support'],
    ['Mae gen i gwestiwn', 'enquiry'],
    ['Rhywbeth arall', 'enquiry'],
  ] as const)('"%s" is a %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it.each([
    ['cwyn am y Prif Gwnstabl', 'chief-constable'],
    ['Hoffwn gwyno am brif gwnstabl Gogledd Cymru', 'chief-constable'],
    ['cwyn am y comisiynydd', 'pcc-or-deputy'],
    ['cwyn am y dirprwy gomisiynydd', 'pcc-or-deputy'],
    ['roedd rhywun yn swyddfa’r comisiynydd yn anghwrtais', 'opcc-staff'],
    ['roedd y swyddog yn ddigywilydd', 'officer-or-staff'],
    ['roedd yr heddwas yn gas wrtha i', 'officer-or-staff'],
    ['dw i ddim yn hapus gyda chanlyniad fy nghwyn', 'review-request'],
    ['hoffwn apelio', 'review-request'],
  ] as const)('"%s" is about %s', (text, about) => {
    expect(recogniseComplaintAbout(text)).toBe(about);
  });

  it.each([
    ['Beth yw eich rhif ffôn?', 'contact'],
    ['Ble mae’r swyddfa?', 'address'],
    ['cais rhyddid gwybodaeth', 'foi'],
    ['Hoffwn weld y data personol sydd gennych amdana i', 'sar'],
    ['Pryd mae cyfarfod nesaf y panel heddlu a throseddu?', 'panel'],
    ['Beth yw blaenoriaethau’r cynllun?', 'plan'],
    ['Sut alla i wirfoddoli?', 'volunteering'],
    ['Rwy’n newyddiadurwr', 'press'],
  ] as const)('"%s" asks about %s', (text, topic) => {
    expect(recogniseEnquiryTopic(text)).toBe(topic);
  });

  it('finds Welsh questions as questions, not comments', () => {
    expect(understand('Ble alla i ddod o hyd i’r cynllun?').intent).toBe('enquiry');
  });

  it('still reads English the same way', () => {
    expect(understand("I'd like to complain about the chief constable")).toMatchObject({ intent: 'complaint', complaintAbout: 'chief-constable' });
    expect(understand('Can I leave some feedback for the commissioner?').intent).toBe('comment');
  });

  it('switches language on the language names alone, and not on a sentence that names one', () => {
    for (const t of ['Cymraeg', 'cymraeg', 'Welsh', 'yn Gymraeg', 'in Welsh please', 'Cymraeg os gwelwch yn dda']) expect(recogniseLanguageChoice(t)).toBe('cy');
    for (const t of ['English', 'Saesneg', 'yn Saesneg', 'in English']) expect(recogniseLanguageChoice(t)).toBe('en');
    for (const t of ['My neighbour is Welsh', 'I speak English and Welsh', 'Dw i’n siarad Cymraeg yn y gwaith', '']) expect(recogniseLanguageChoice(t)).toBeNull();
  });
});
