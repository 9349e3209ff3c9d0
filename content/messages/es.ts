import type { MessageKey } from './en';

/** Every interface message in Spanish (US), plain and at about a 12-year-old's reading level. */
export const ES: Record<MessageKey, string> = {
  'shell.skip': 'Ir al contenido',
  'shell.home': 'Inicio de ReliefPath',
  'shell.nav': 'Principal',
  'nav.learn': 'Aprender',
  'nav.exercises': 'Ejercicios',
  'nav.plan': 'Mi plan',
  'nav.clinics': 'Buscar una clínica',
  'nav.program': 'Programa',
  'nav.progress': 'Progreso',
  'nav.patients': 'Pacientes',
  'nav.admin': 'Administración de la clínica',
  'nav.account': 'Cuenta',
  'nav.signIn': 'Iniciar sesión',
  'shell.language': 'Idioma',
  'shell.footer':
    'ReliefPath da consejos generales, no un diagnóstico. Si le preocupan sus síntomas, hable con un fisioterapeuta o un médico.',
  'page.title': '{title} · ReliefPath',
  'sync.kept': 'Guardado en este dispositivo. Se enviará cuando vuelva a tener conexión.',
  'sync.waiting':
    'Guardado en este dispositivo. Se enviará cuando vuelva a tener conexión. ({count, plural, one {# cambio pendiente} other {# cambios pendientes}})',
  'sync.synced': 'Listo: todo lo que anotó sin conexión ya está en su historial.',
  'sync.refused':
    'El servidor no pudo guardar {what} que anotó sin conexión. Por favor, vuelva a ingresarlo.',
  'sync.refused.session': 'una sesión',
  'sync.refused.log': 'un registro diario',
  'sync.refused.reminders': 'sus horarios de recordatorio',
  'sync.refused.nudges': 'su elección sobre los correos por días sin ejercicio',
  'sync.refused.screening': 'sus respuestas a las preguntas de seguridad',
  'update.ready': 'Hay una versión nueva de ReliefPath.',
  'update.reload': 'Recargar para actualizar',
};
