import { describe, expect, it } from 'vitest';
import { reviewDeadline, routeComplaint } from '../../src/domain/complaint-routing';

describe('who handles a complaint', () => {
  it('sends complaints about officers and staff to the force', () => {
    expect(routeComplaint('officer-or-staff')).toEqual({ action: 'refer', handledBy: 'force-professional-standards' });
  });
  it('takes complaints about the Chief Constable for the commissioner', () => {
    expect(routeComplaint('chief-constable')).toEqual({ action: 'take', handledBy: 'pcc' });
  });
  it('sends complaints about the commissioner to the Police and Crime Panel', () => {
    expect(routeComplaint('pcc-or-deputy')).toEqual({ action: 'refer', handledBy: 'police-and-crime-panel' });
  });
  it("takes complaints about the office's staff for its Chief Executive", () => {
    expect(routeComplaint('opcc-staff')).toEqual({ action: 'take', handledBy: 'opcc-chief-executive' });
  });
  it('takes review requests for the commissioner', () => {
    expect(routeComplaint('review-request')).toEqual({ action: 'take', handledBy: 'pcc-review' });
  });
});

describe('the 28-day review window', () => {
  it('counts 28 days starting the day after the outcome letter', () => {
    expect(reviewDeadline('2026-11-01', '2026-11-10')).toEqual({ lastDay: '2026-11-29', late: false });
  });
  it('is still in time on the last day', () => {
    expect(reviewDeadline('2026-11-01', '2026-11-29').late).toBe(false);
  });
  it('is late the day after', () => {
    expect(reviewDeadline('2026-11-01', '2026-11-30').late).toBe(true);
  });
  it('crosses month and year ends', () => {
    expect(reviewDeadline('2026-12-20', '2027-01-02').lastDay).toBe('2027-01-17');
  });
});
