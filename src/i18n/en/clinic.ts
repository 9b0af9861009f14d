import type { clinic as source } from '../id/clinic';

export const clinic: Record<keyof typeof source, string> = {
  'clinic.title': 'Clinic identity',
  'clinic.hint':
    'Used on the minutes’ letterhead, the unit report and Excel exports. Applies on every device after syncing.',
  'clinic.field.regionName': 'Region name',
  'clinic.field.regionName.placeholder': 'e.g. Kota Pontianak',
  'clinic.field.place': 'Place of signing',
  'clinic.field.place.placeholder': 'e.g. Pontianak',
  'clinic.field.place.hint': 'Leave empty to use the region name without “Kota”/“Kabupaten”.',
  'clinic.field.clinicName': 'Clinic name',
  'clinic.field.clinicName.placeholder': 'e.g. Klinik Inovasi Kota Pontianak',
  'clinic.field.agencyName': 'Coordinating agency',
  'clinic.field.agencyName.placeholder': 'e.g. Bapperida Kota Pontianak',
  'clinic.signingLine': 'Place-and-date line: {line}',
  'clinic.logo.label': 'Logo',
  'clinic.logo.none': 'No logo yet.',
  'clinic.logo.alt': 'Clinic logo',
  'clinic.logo.choose': 'Choose logo',
  'clinic.logo.change': 'Change logo',
  'clinic.logo.remove': 'Remove logo',
  'clinic.logo.hint':
    'A PNG or JPG picture. Made smaller automatically (longest side 256 pixels) before saving.',
  'clinic.logo.reading': 'Processing the picture…',
  'clinic.logo.unreadable': 'The file {name} could not be read as a picture. Choose a PNG or JPG file.',
  'clinic.empty': 'The coordinator has not filled in the clinic identity yet.',
};
