import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const kinds = (x: ReturnType<typeof run>): string[] => x.places.map((p) => `${p.name}:${p.kind}`).sort();

describe('places', () => {
  it('tells a province from its same-named capital by context', () => {
    const x = run('Fighting spread across Ghazni province. The city of Ghazni was quiet.');
    expect(kinds(x)).toEqual(['Ghazni:city', 'Ghazni:province']);
    const city = x.places.find((p) => p.kind === 'city')!;
    expect(city.lat).not.toBeNull();
    expect(city.province).toBe('Ghazni');
  });

  it('reads "province of X" and "X city"', () => {
    const x = run('Clashes broke out in the northern province of Balkh. Residents of Mazar-i-Sharif city fled.');
    expect(kinds(x)).toEqual(['Balkh:province', 'Mazar-i-Sharif:city']);
  });

  it('uses the dateline as a city with the text’s spelling as alias', () => {
    const x = run('Officials said the talks would resume.', 'ISLAMABAD');
    expect(x.places[0]).toMatchObject({ name: 'Islamabad', kind: 'city', aliases: ['ISLAMABAD'] });
  });

  it('matches alternate spellings from the gazetteer and countries, regions', () => {
    const x = run('Militants attacked Shibirghan and Pol-e Khomri, near Uzbekistan, a gateway to Central Asia.');
    expect(kinds(x)).toEqual(['Central Asia:region', 'Pol-e Khomri:city', 'Shibirghan:city', 'Uzbekistan:country']);
  });

  it('accepts a district named by context even outside the gazetteer', () => {
    const x = run('The Taliban overran Dand-e Ghori district on Sunday.');
    expect(kinds(x)).toEqual(['Dand-e Ghori:district']);
  });

  it('resolves "the province" to the province of the city just named', () => {
    const x = run('Insurgents entered Ghazni on Friday. Most of the province is now contested.');
    expect(kinds(x)).toEqual(['Ghazni:city', 'Ghazni:province']);
  });

  it('does not take demonyms or months for places', () => {
    const x = run('Pakistani troops and Afghans met in March near Chaman.');
    expect(kinds(x)).toEqual(['Chaman:town']);
  });

  it('does not take people’s names or organisations for places', () => {
    const x = run('Spokesman Mohammad Naeem said Radio Free Afghanistan was wrong.');
    expect(x.places).toEqual([]);
  });
});
