/**
 * Why an action is absent or disabled (ui/hooks/use-permissions.ts). The sentence names the roles
 * that may act, read off domain/permissions.ts's MATRIX: "Hanya {roles} yang dapat {verb} {what}".
 * On the first screen (the units list and the top bar use them), so part of id/core.ts.
 */
export const permissions = {
  'perm.only': 'Hanya {roles} yang dapat {verb} {what}.',
  'perm.nobody': 'Tindakan ini tidak tersedia.',
  'perm.scope': 'Unit ini tidak termasuk unit yang dapat diakses akun Anda.',
  'perm.field': 'Hanya {roles} yang dapat mengubah isian ini.',
  'perm.or': '{a} atau {b}',
  'perm.list': '{a}, {b}',
  'perm.role.coordinator': 'koordinator',
  'perm.role.facilitator': 'fasilitator',
  'perm.role.unit': 'tim unit',
  'perm.verb.create': 'menambah',
  'perm.verb.edit': 'mengubah',
  'perm.verb.delete': 'menghapus',
  'perm.verb.restore': 'memulihkan',
  'perm.kind.units': 'unit',
  'perm.kind.innovations': 'inovasi',
  'perm.kind.stageProgress': 'kemajuan tahap 5D',
  'perm.kind.mentoringSessions': 'notulen sesi',
  'perm.kind.actionItems': 'tindak lanjut',
  'perm.kind.targets': 'target tahunan',
  'perm.kind.conflicts': 'konflik',
  'perm.kind.accounts': 'akun',
  'perm.readOnly': 'Hanya baca',
  'perm.kind.clinicIdentities': 'identitas klinik',
};
