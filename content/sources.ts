import type { Source } from '../src/domain/exercises/library';

/** References shown with the explainer, the expectations page and each exercise. */
export const SOURCES = [
  {
    id: 'apta-sciatica',
    title: 'Physical Therapy Guide to Lumbar Radiculopathy (Sciatica)',
    publisher: 'American Physical Therapy Association (ChoosePT)',
    url: 'https://www.choosept.com/guide/physical-therapy-guide-lumbar-radiculopathy-sciatica',
  },
  {
    id: 'harvard-stretches',
    title: 'Stretches and exercises for sciatica relief',
    publisher: 'Harvard Health Publishing',
    url: 'https://www.health.harvard.edu/pain/sciatica-gentle-stretches-to-help-relieve-pain-and-improve-mobility',
  },
  {
    id: 'aaos-low-back-pain',
    title: 'Low Back Pain',
    publisher: 'OrthoInfo, American Academy of Orthopaedic Surgeons',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/low-back-pain',
  },
  {
    id: 'nice-ng59',
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publisher: 'National Institute for Health and Care Excellence',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  {
    id: 'acsm-stretching',
    title:
      'ACSM guidelines on flexibility exercise (Garber et al., Med Sci Sports Exerc 2011;43:1334)',
    publisher: 'American College of Sports Medicine',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21694556/',
  },
  {
    id: 'konstantinou-2018',
    title: 'Prognosis of sciatica in primary care (Konstantinou et al., Spine J 2018;18:1030)',
    publisher: 'The Spine Journal',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Konstantinou+2018+sciatica+prognosis+Spine+J',
  },
  {
    id: 'peul-2007',
    title:
      'Surgery versus prolonged conservative treatment for sciatica (Peul et al., NEJM 2007;356:2245)',
    publisher: 'New England Journal of Medicine',
    url: 'https://www.nejm.org/doi/full/10.1056/NEJMoa064039',
  },
  {
    id: 'dahm-2010',
    title:
      'Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica',
    publisher: 'Cochrane Database of Systematic Reviews (CD007612)',
    url: 'https://doi.org/10.1002/14651858.CD007612.pub2',
  },
  {
    id: 'fernandez-2015',
    title:
      'Physical activity and exercise for sciatica: a systematic review (Fernandez et al., Spine 2015;40:1457)',
    publisher: 'Spine',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Fernandez+2015+sciatica+exercise+systematic+review+Spine',
  },
  {
    id: 'may-2012',
    title:
      'Centralization and directional preference: a systematic review (May & Aina, Man Ther 2012;17:497)',
    publisher: 'Manual Therapy',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=May+Aina+2012+centralization+directional+preference',
  },
  {
    id: 'bmj-ces',
    title: 'Cauda equina syndrome',
    publisher: 'BMJ Best Practice',
    url: 'https://bestpractice.bmj.com/topics/en-gb/3000164',
  },
  {
    id: 'chou-2007',
    title:
      'Diagnosis and treatment of low back pain: ACP/APS guideline (Chou et al., Ann Intern Med 2007;147:478)',
    publisher: 'Annals of Internal Medicine',
    url: 'https://pubmed.ncbi.nlm.nih.gov/17909209/',
  },
  {
    id: 'ellis-2012',
    title:
      'Neurodynamic sliding and tensioning techniques for the sciatic nerve (Ellis et al., JOSPT 2012;42:667)',
    publisher: 'Journal of Orthopaedic & Sports Physical Therapy',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Ellis+2012+sciatic+nerve+excursion+neurodynamic',
  },
  {
    id: 'plaza-manzano-2020',
    title:
      'Effects of neural mobilization in people with low back pain and leg pain (Plaza-Manzano et al., Am J Phys Med Rehabil 2020;99:124)',
    publisher: 'American Journal of Physical Medicine & Rehabilitation',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Plaza-Manzano+2020+neural+mobilization+low+back',
  },
  {
    id: 'george-2021',
    title:
      'Interventions for the management of acute and chronic low back pain: clinical practice guideline revision (George et al., JOSPT 2021;51(11):CPG1)',
    publisher: 'Journal of Orthopaedic & Sports Physical Therapy',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=George+2021+low+back+pain+clinical+practice+guideline+JOSPT',
  },
  {
    id: 'mcgill-core',
    title: 'Low back disorders: evidence-based prevention and rehabilitation (McGill)',
    publisher: 'Human Kinetics',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=McGill+core+stability+bird+dog+curl+up+side+bridge',
  },
  {
    id: 'theros-bending',
    title: 'Bending forward, lifting and twisting with osteoporosis',
    publisher: 'Royal Osteoporosis Society',
    url: 'https://theros.org.uk/',
  },
] as const satisfies readonly Source[];
