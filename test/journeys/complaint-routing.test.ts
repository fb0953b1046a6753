import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadOfficeProfile } from '../../src/config';
import { COMPLAINT_ROUTES, reviewDeadline, routeComplaint } from '../../src/journeys/complaint/routing';

describe('who handles a complaint', () => {
  it('sends complaints about officers and staff to the force', () => {
    expect(routeComplaint('officer-or-staff')).toMatchObject({ action: 'refer', handledBy: 'force-professional-standards' });
  });
  it('takes complaints about the Chief Constable for the commissioner', () => {
    expect(routeComplaint('chief-constable')).toMatchObject({ action: 'take', handledBy: 'pcc' });
  });
  it('sends complaints about the commissioner to the Police and Crime Panel', () => {
    expect(routeComplaint('pcc-or-deputy')).toMatchObject({ action: 'refer', handledBy: 'police-and-crime-panel' });
  });
  it("takes complaints about the office's staff for its Chief Executive", () => {
    expect(routeComplaint('opcc-staff')).toMatchObject({ action: 'take', handledBy: 'opcc-chief-executive' });
  });
  it("gives the resident the other body's route whenever another body handles it", () => {
    const profile = loadOfficeProfile('lancashire', path.join(__dirname, '..', '..', 'offices'));
    for (const route of Object.values(COMPLAINT_ROUTES).filter((r) => r.action === 'refer')) {
      expect(route.profileRoute).toBeDefined();
      expect(profile.complaintRoutes[route.profileRoute ?? 'forceProfessionalStandards'].body.length).toBeGreaterThan(3);
    }
  });
  it('takes review requests for the commissioner', () => {
    expect(routeComplaint('review-request')).toMatchObject({ action: 'take', handledBy: 'pcc-review' });
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
