/**
 * Fundamentos de AWS: the course's "Validar" button in the notebook toolbar.
 *
 * It takes the place of nbgrader's Validate (turned off in the course's page_config.json).
 * Pressing it sends what is on screen (the notebook's current content, unsaved changes
 * included) to the course's server extension (fundamentos_aws/validar.py), which runs a copy
 * in a warm kernel and answers with a Spanish summary: per exercise ✔ or ✘, its message, its
 * points, and a note that the hidden tests will add cases. The file is never saved or
 * written by Validar. No test code is ever shown: the server sends only messages.
 */
import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { Dialog, ToolbarButton } from '@jupyterlab/apputils';
import { URLExt } from '@jupyterlab/coreutils';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { ServerConnection } from '@jupyterlab/services';
import { Widget } from '@lumino/widgets';

/** One exercise in the server's answer. */
interface IExercise {
  nombre: string;
  id: string;
  puntos: number;
  estado: 'supera' | 'falla' | 'sin_ejecutar' | 'manual';
  mensaje: string;
}

/** The server's answer (fundamentos_aws.validar.summarize). */
interface ISummary {
  ok: boolean;
  error: string;
  ejercicios: IExercise[];
  errores: { celda: number; nombre: string; mensaje: string }[];
  puntos: number;
  total: number;
  aviso: string;
  segundos?: number;
}

const ENDPOINT = 'fundamentos-aws/validar';

function element(
  tag: string,
  className: string,
  text?: string
): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text; // text, never HTML: messages cannot inject markup
  }
  return node;
}

function points(value: number): string {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${value === 1 ? 'punto' : 'puntos'}`;
}

/** The dialog's body: a widget whose content is replaced when the answer arrives. */
class ResultBody extends Widget {
  constructor() {
    super();
    this.addClass('fa-validar-body');
    this.node.appendChild(
      element('p', 'fa-validar-wait', 'Ejecutando tu cuaderno con las pruebas visibles…')
    );
  }

  render(summary: ISummary): void {
    const node = this.node;
    node.textContent = '';
    if (summary.error) {
      node.appendChild(element('p', 'fa-validar-problem', `⚠ ${summary.error}`));
    }
    if (summary.total > 0) {
      const line = summary.ok
        ? `Superas todas las pruebas visibles: ${points(summary.puntos)} de ${summary.total}.`
        : `Pruebas visibles: ${points(summary.puntos)} de ${summary.total}.`;
      node.appendChild(
        element('p', summary.ok ? 'fa-validar-total fa-ok' : 'fa-validar-total', line)
      );
      const pending = summary.ejercicios
        .filter(e => e.estado === 'falla' || e.estado === 'sin_ejecutar')
        .map(e => e.nombre);
      if (pending.length) {
        node.appendChild(
          element('p', 'fa-validar-pending', `Por revisar: ${pending.join(', ')}.`)
        );
      }
    }
    if (summary.aviso) {
      // Right under the total: read at a glance, not after the whole list.
      node.appendChild(element('p', 'fa-validar-note', summary.aviso));
    }
    if (summary.ejercicios.length) {
      const list = element('ul', 'fa-validar-list');
      for (const exercise of summary.ejercicios) {
        const passed = exercise.estado === 'supera';
        const manual = exercise.estado === 'manual';
        const item = element(
          'li',
          `fa-validar-item ${passed ? 'fa-ok' : manual ? 'fa-manual' : 'fa-fail'}`
        );
        item.dataset.estado = exercise.estado;
        const head = element('div', 'fa-validar-head');
        head.appendChild(
          element('span', 'fa-validar-mark', passed ? '✔' : manual ? '✎' : '✘')
        );
        head.appendChild(element('span', 'fa-validar-name', exercise.nombre));
        head.appendChild(
          element('span', 'fa-validar-points', points(exercise.puntos))
        );
        item.appendChild(head);
        item.appendChild(element('div', 'fa-validar-message', exercise.mensaje));
        list.appendChild(item);
      }
      node.appendChild(list);
    }
    if (summary.errores.length) {
      node.appendChild(
        element('p', 'fa-validar-subtitle', 'Celdas con errores (no son pruebas):')
      );
      const list = element('ul', 'fa-validar-list');
      for (const error of summary.errores) {
        const item = element('li', 'fa-validar-item fa-fail');
        item.appendChild(
          element('div', 'fa-validar-name', `${error.nombre} (celda ${error.celda})`)
        );
        item.appendChild(element('div', 'fa-validar-message', error.mensaje));
        list.appendChild(item);
      }
      node.appendChild(list);
    }
  }
}

async function validate(panel: NotebookPanel): Promise<void> {
  const body = new ResultBody();
  const dialog = new Dialog({
    title: `Validar · ${panel.context.path.split('/').pop()}`,
    body,
    buttons: [Dialog.okButton({ label: 'Cerrar' })]
  });
  dialog.addClass('fa-validar-dialog');
  const shown = dialog.launch();
  const settings = ServerConnection.makeSettings();
  let summary: ISummary;
  try {
    const response = await ServerConnection.makeRequest(
      URLExt.join(settings.baseUrl, ENDPOINT),
      {
        method: 'POST',
        body: JSON.stringify({
          path: panel.context.path,
          content: panel.context.model.toJSON()
        })
      },
      settings
    );
    if (!response.ok) {
      throw new Error(`el servidor respondió ${response.status}`);
    }
    summary = (await response.json()) as ISummary;
  } catch (error) {
    summary = {
      ok: false,
      error:
        `No he podido validar: ${error}. ¿Sigue en marcha JupyterLab (make lab)? ` +
        'Vuelve a intentarlo.',
      ejercicios: [],
      errores: [],
      puntos: 0,
      total: 0,
      aviso: ''
    };
  }
  body.render(summary);
  await shown;
}

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'fundamentos-aws-validar:plugin',
  description: 'El botón Validar del curso Fundamentos de AWS, en español.',
  autoStart: true,
  requires: [INotebookTracker],
  activate: (app: JupyterFrontEnd, tracker: INotebookTracker) => {
    tracker.widgetAdded.connect((_, panel) => {
      const button = new ToolbarButton({
        className: 'fa-validar-button',
        label: 'Validar',
        tooltip:
          'Validar: ejecuta una copia de este cuaderno con las pruebas visibles y ' +
          'resume, en español, qué ejercicios las superan (no guarda nada)',
        onClick: () => {
          void validate(panel);
        }
      });
      panel.toolbar.insertItem(10, 'fundamentos-aws-validar', button);
    });
    // Warm a kernel for the next Validar while the student reads: for the notebook on
    // screen, whose set-up cells the server may run ahead.
    const settings = ServerConnection.makeSettings();
    const warm = (path: string) =>
      void ServerConnection.makeRequest(
        URLExt.join(settings.baseUrl, ENDPOINT) +
          (path ? `?path=${encodeURIComponent(path)}` : ''),
        { method: 'GET' },
        settings
      ).catch(() => undefined);
    warm('');
    tracker.currentChanged.connect((_, panel) => {
      if (panel) {
        void panel.context.ready.then(() => warm(panel.context.path));
      }
    });
  }
};

export default plugin;
