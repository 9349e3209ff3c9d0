import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, tabTo } from './browser';
import { signInDemo } from './journey';

async function signInAsAdmin(page: Page) {
  await signInDemo(page, 'admin');
  await page.getByRole('link', { name: 'Clinic admin' }).click();
}

type Schedule = {
  therapists: {
    id: string;
    name: string;
    appointments: { id: string; localDate: string; patient: string }[];
  }[];
};
type AdminClinic = {
  id: string;
  name: string;
  zip: string;
  therapists: { id: string; name: string }[];
};

describe('clinic admin', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('keeps every admin page inside a 390 px phone screen', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await signInAsAdmin(page);
    for (const path of ['/admin', '/admin/locations', '/admin/appointment-types']) {
      await page.goto(path);
      await page.locator('main table').first().waitFor();
      // Wide tables scroll inside their own box; the page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(390);
    }
    await close();
  });

  it("shows a clinic's week and blocks time off", async () => {
    // 409: today may have visits, and staff are asked about them first.
    const { page, close } = await openPage(browser, {}, [409]);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('admin@demo.reliefpath.test');
    await page.getByLabel('Password').fill('reliefpath-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Clinic admin' }).click();
    await page.getByLabel('Location').selectOption({ label: 'ReliefPath PT New York Downtown' });
    await page.locator('table.schedule tbody tr').first().waitFor();
    expect(await page.locator('table.schedule tbody').innerText()).toMatch(
      /\d{1,2}:\d{2} (AM|PM) \w+/,
    );
    await expectAccessible(page, 'admin schedule');
    // One therapist's day: a single column, a single row.
    const therapist = await page.locator('table.schedule tbody th').first().innerText();
    await page.getByLabel('Show').selectOption('Day');
    await page.getByLabel('Whose schedule').selectOption({ label: therapist });
    await page.getByRole('button', { name: 'Next day' }).waitFor();
    await expect.poll(() => page.locator('table.schedule tbody tr').count()).toBe(1);
    expect(await page.locator('table.schedule thead th').count()).toBe(2);
    expect(await page.locator('table.schedule tbody th').innerText()).toBe(therapist);
    await page.getByLabel('Show').selectOption('Week');
    await page.getByLabel('Whose schedule').selectOption('');
    await page.getByLabel('Reason').fill('Conference');
    await page.getByRole('button', { name: 'Add time off' }).click();
    // Today may already have visits: then staff are asked first, and keep them here.
    await page
      .getByText(/Time off added for|booked with/)
      .first()
      .waitFor();
    const keep = page.getByRole('button', { name: /^Keep (it|them) and add the time off/ });
    if (await keep.isVisible()) await keep.click();
    await page.getByText(/Time off added for/).waitFor();
    await page.locator('.off', { hasText: 'Conference' }).first().waitFor();
    // Sunday hours for the first therapist: tick the day, set 16:00 to midnight, save.
    await page
      .getByRole('row', { name: /^Sunday/ })
      .getByRole('checkbox')
      .check();
    await page.getByLabel('Sunday start').fill('16:00');
    await page.getByLabel('Sunday end').fill('00:00');
    await page.getByRole('button', { name: 'Save hours' }).click();
    await page.getByText(/Hours saved for/).waitFor();
    await close();
  });

  it('opens a location, staffs it and adds a visit type that patients then see', async () => {
    const { page, close } = await openPage(browser, {}, [400]);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('admin@demo.reliefpath.test');
    await page.getByLabel('Password').fill('reliefpath-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Clinic admin' }).click();
    await page.getByRole('link', { name: 'Locations and therapists' }).click();
    await page.getByRole('button', { name: 'Open a new location' }).click();
    const location = page.getByRole('form', { name: 'Open a new location' });
    await location.getByLabel('Name', { exact: true }).fill('ReliefPath PT Tempe');
    await location.getByLabel('Street address').fill('1 Mill Ave');
    await location.getByLabel('City').fill('Tempe');
    await location.getByLabel(/^State/).fill('az');
    await location.getByLabel(/^ZIP code/).fill('00000');
    await location.getByLabel('Phone').fill('(480) 555-0199');
    await location.getByLabel('Time zone').selectOption('America/Phoenix');
    await location.getByLabel('Opening Saturday open').check();
    await location.getByLabel('Opening Saturday start').fill('09:00');
    await location.getByLabel('Opening Saturday end').fill('13:00');
    await expectAccessible(page, 'admin locations');
    await location.getByRole('button', { name: 'Open location' }).click();
    // The server's own words say what to fix, beside the field, and nothing is created.
    await location
      .locator('.field-problem', { hasText: /^ZIP code: we don't know 00000/ })
      .waitFor();
    expect(await location.getByLabel(/^ZIP code/).getAttribute('aria-invalid')).toBe('true');
    await location.getByLabel(/^ZIP code/).fill('85281');
    await location.getByRole('button', { name: 'Open location' }).click();
    await page.getByText('Opened ReliefPath PT Tempe').waitFor();
    await page
      .getByRole('row', { name: /ReliefPath PT Tempe.*Tempe, AZ 85281.*None yet/ })
      .waitFor();

    await page.getByRole('button', { name: 'Edit ReliefPath PT Tempe' }).click();
    const edit = page.getByRole('form', { name: 'Edit ReliefPath PT Tempe' });
    expect(await edit.getByLabel(/^ZIP code/).inputValue()).toBe('85281');
    await edit.getByLabel('Phone').fill('(480) 555-0123');
    await edit.getByRole('button', { name: 'Save location' }).click();
    await page.getByText('Saved ReliefPath PT Tempe.').waitFor();

    await page.getByRole('button', { name: 'Add a therapist' }).click();
    await page.getByLabel('Works at').selectOption({ label: 'ReliefPath PT Tempe' });
    await page.getByLabel('Therapist name').fill('Tess Tempe');
    await page.getByLabel('Working Friday open').uncheck();
    await page.getByRole('button', { name: 'Add therapist' }).click();
    await page.getByText('Tess Tempe now works at ReliefPath PT Tempe').waitFor();
    await page.getByRole('row', { name: /ReliefPath PT Tempe.*Tess Tempe/ }).waitFor();

    // A new visit type, with the keyboard only.
    await page.getByRole('link', { name: 'Appointment types' }).click();
    await page.locator('table.records tbody tr').first().waitFor();
    await expectAccessible(page, 'admin appointment types');
    await tabTo(page, 'button', 'New appointment type');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Running gait review');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Treadmill video and cues for runners with leg pain.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await page.getByText('Saved Running gait review.').waitFor();
    await page.getByRole('row', { name: /Running gait review 60 min 10 min/ }).waitFor();

    // What patients see: the location near its ZIP, its therapist, and the new visit type.
    await page.goto('/clinics');
    await page.getByLabel('ZIP code').fill('85281');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.clinic-card h3 a').first().waitFor();
    expect(await page.locator('.clinic-card h3 a').first().innerText()).toBe('ReliefPath PT Tempe');
    await page.locator('.clinic-card h3 a').first().click();
    await page.getByRole('heading', { name: 'Our therapists' }).waitFor();
    await page.locator('.therapists', { hasText: 'Tess Tempe' }).waitFor();
    await page.getByText('(480) 555-0123').waitFor();
    await page.getByLabel(/Running gait review/).check();
    await page.locator('.slot').first().waitFor();
    expect(await page.getByRole('row', { name: /^Saturday/ }).innerText()).toMatch(
      /9:00.*1:00|09:00.*13:00/,
    );
    await close();
  });
  it('keeps a split shift and says beside the window what to fix, by keyboard', async () => {
    const { page, close } = await openPage(browser, {}, [400]);
    await signInAsAdmin(page);
    await page.getByLabel('Location').selectOption({ label: 'ReliefPath PT Mesa' });
    const form = page.locator('form', { hasText: 'Working hours' });
    const therapist = (
      await form.getByLabel('Therapist').locator('option').first().innerText()
    ).trim();
    // Monday afresh: open 9 to 5, then a second window for the evening, all from the keyboard.
    const monday = form.getByRole('row', { name: /^Monday/ });
    await monday.getByRole('checkbox').uncheck();
    await monday.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await tabTo(page, 'button', 'Add a window');
    await page.keyboard.press('Enter');
    const second = form.getByLabel('Monday second window start');
    await second.fill('16:00');
    await form.getByLabel('Monday second window end').fill('21:00');
    await tabTo(page, 'button', 'Save hours');
    await page.keyboard.press('Enter');
    const problem = monday.locator('.field-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toBe(
      'Monday second window start: Monday 4:00 PM–9:00 PM overlaps 9:00 AM–5:00 PM; change one of them or merge the two',
    );
    // Focus lands on the window to fix, which says it is invalid.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Monday second window start');
    expect(await second.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'working hours with a problem');
    await page.keyboard.type('0600PM');
    await tabTo(page, 'button', 'Save hours');
    await page.keyboard.press('Enter');
    await form.getByText(`Hours saved for ${therapist}.`).waitFor();
    // Both windows are what is stored now.
    await page.reload();
    await page.getByLabel('Location').selectOption({ label: 'ReliefPath PT Mesa' });
    const saved = page.locator('form', { hasText: 'Working hours' });
    expect(await saved.getByLabel('Monday start').inputValue()).toBe('09:00');
    expect(await saved.getByLabel('Monday end').inputValue()).toBe('17:00');
    expect(await saved.getByLabel('Monday second window start').inputValue()).toBe('18:00');
    expect(await saved.getByLabel('Monday second window end').inputValue()).toBe('21:00');
    await close();
  });

  it('shows the visits in the way of time off, keeps or cancels them as chosen, and removes time off', async () => {
    const { page, close } = await openPage(browser, {}, [409]);
    await signInAsAdmin(page);
    // A day in the coming week when a Phoenix therapist has visits, found through the admin API.
    const clinics = (await (
      await page.request.get('/api/v1/admin/clinics')
    ).json()) as AdminClinic[];
    const clinic =
      clinics.find((c) => c.name === 'ReliefPath PT Phoenix Downtown') ??
      clinics.find((c) => c.name.startsWith('ReliefPath PT Phoenix'))!;
    const from = new Date(Date.now() + 86_400_000);
    const to = new Date(Date.now() + 6 * 86_400_000);
    const schedule = (await (
      await page.request.get(
        `/api/v1/admin/schedule?clinicId=${clinic.id}&from=${from.toISOString()}&to=${to.toISOString()}`,
      )
    ).json()) as Schedule;
    const busy = schedule.therapists.find((t) => t.appointments.length > 0)!;
    const day = busy.appointments[0]!.localDate;
    // That whole day in Phoenix (UTC-7 all year), for this therapist: what the panel must list.
    const start = Date.parse(`${day}T07:00:00Z`);
    const theDay = (await (
      await page.request.get(
        `/api/v1/admin/schedule?clinicId=${clinic.id}&therapistId=${busy.id}&from=${new Date(start).toISOString()}&to=${new Date(start + 86_400_000).toISOString()}`,
      )
    ).json()) as Schedule;
    const visits = theDay.therapists[0]!.appointments;
    const count = visits.length === 1 ? '1 visit' : `${visits.length} visits`;

    await page.getByLabel('Location').selectOption({ label: clinic.name });
    const form = page.locator('form', { hasText: 'Add time off' });
    await form.getByLabel('Therapist').selectOption({ label: busy.name });
    await form.getByLabel('First day').fill(day);
    await form.getByLabel('Reason').fill('Sick day');
    await form.getByRole('button', { name: 'Add time off' }).click();
    const panel = form.getByRole('alert');
    await panel
      .getByRole('heading', {
        name: `${count} booked with ${busy.name} in this time`,
      })
      .waitFor();
    for (const v of visits) await panel.getByText(v.patient).waitFor();
    expect(await panel.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/);
    await expectAccessible(page, 'time off over booked visits');
    await panel.getByRole('button', { name: /^Keep (it|them) and add the time off/ }).click();
    await form.getByText(`Time off added for ${busy.name}. ${count} kept as booked.`).waitFor();

    // Remove it again, with the keyboard, from the list of time off in the days shown.
    await tabTo(page, 'button', `Remove${' '}${busy.name}'s time off`);
    await page.keyboard.press('Enter');
    await page
      .getByText(`Removed ${busy.name}'s time off; those hours are bookable again.`)
      .waitFor();

    // Now cancel them: each patient is told.
    await form.getByRole('button', { name: 'Add time off' }).click();
    await panel
      .getByRole('button', { name: /^Cancel (this visit|these \d+ visits) and email each patient/ })
      .click();
    await form
      .getByText(`${count} cancelled; each patient has been emailed.`, { exact: false })
      .waitFor();
    await expect
      .poll(async () => {
        const mail = (await (await page.request.get('/api/v1/dev/outbox')).json()) as {
          subject: string;
        }[];
        return mail.filter((m) => /cancel/i.test(m.subject)).length;
      })
      .toBeGreaterThanOrEqual(visits.length);
    await close();
  });

  it('deactivates a therapist and closes a location, listing the visits to move', async () => {
    const { page, close } = await openPage(browser, {}, [400]);
    await signInAsAdmin(page);
    await page.getByRole('link', { name: 'Locations and therapists' }).click();
    await page.getByRole('button', { name: 'Edit ReliefPath PT Tucson' }).click();
    const staff = page.getByRole('table', { name: 'Therapists at ReliefPath PT Tucson' });
    const therapist = (await staff.locator('tbody th').first().innerText()).trim();
    await staff.getByRole('button', { name: `Edit ${therapist}` }).click();
    const form = page.getByRole('form', { name: `Edit ${therapist}` });
    await form.getByLabel('Therapist name').fill('X');
    await form.getByRole('button', { name: 'Save therapist' }).click();
    await form.locator('.field-problem', { hasText: /^Therapist name: / }).waitFor();
    await form.getByLabel('Therapist name').fill(therapist);
    await form.getByLabel('Takes new bookings').uncheck();
    await expectAccessible(page, 'edit therapist');
    await form.getByRole('button', { name: 'Save therapist' }).click();
    await page
      .getByText(`${therapist} no longer takes bookings; patients can't choose them now.`)
      .waitFor();
    await staff.getByRole('row', { name: new RegExp(`${therapist}.*Deactivated`) }).waitFor();
    const moving = page.getByRole('list', { name: 'Visits to move' });
    if (await moving.isVisible()) expect(await moving.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // Patients no longer see them at the clinic.
    const clinics = (await (
      await page.request.get('/api/v1/admin/clinics')
    ).json()) as AdminClinic[];
    const tucson = clinics.find((c) => c.name === 'ReliefPath PT Tucson')!;
    const publicPage = (await (await page.request.get(`/api/v1/clinics/${tucson.id}`)).json()) as {
      therapists: { name: string }[];
    };
    expect(publicPage.therapists.map((t) => t.name)).not.toContain(therapist);

    // Close the location with the keyboard: asked once, then done.
    await tabTo(page, 'button', 'Close ReliefPath PT Tucson');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', 'Close the location');
    await expectAccessible(page, 'close a location');
    await page.keyboard.press('Enter');
    await page.getByText('Closed ReliefPath PT Tucson. Patients no longer see it.').waitFor();
    await page.getByRole('row', { name: /ReliefPath PT Tucson.*Closed/ }).waitFor();
    const search = (await (
      await page.request.get(`/api/v1/clinics?zip=${tucson.zip}&limit=5`)
    ).json()) as { clinics: { id: string }[] };
    expect(search.clinics.map((c) => c.id)).not.toContain(tucson.id);

    // The schedule page says so too, and lists what must move.
    await page.getByRole('link', { name: 'Schedules' }).click();
    await page.getByLabel('Location').selectOption({ label: 'ReliefPath PT Tucson' });
    await page.locator('p.error', { hasText: 'This location is closed' }).waitFor();
    await page.getByRole('heading', { name: /^\d+ visits? to move$/ }).waitFor();
    await expectAccessible(page, 'closed location schedule');

    // Open again, for the tests after this one.
    await page.getByRole('link', { name: 'Locations and therapists' }).click();
    await page.getByRole('button', { name: 'Edit ReliefPath PT Tucson' }).click();
    await page.getByRole('button', { name: 'Reopen ReliefPath PT Tucson' }).click();
    await page.getByText('Reopened ReliefPath PT Tucson.').waitFor();
    await close();
  });
});
