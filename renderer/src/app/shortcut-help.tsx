/** The `?` overlay: every keyboard shortcut, the current screen's first. */
import { Fragment } from 'react';
import { useLocation } from 'wouter';
import { Dialog } from '../components/dialog';
import { chordKeys, globalShortcuts, screenShortcutGroups, type ShortcutGroup, type ShortcutLine } from './shortcuts';

function Keys({ line }: { line: ShortcutLine }) {
  return (
    <span className="help-keys">
      {line.keys.map((alternative, index) => (
        <Fragment key={alternative}>
          {index > 0 ? <span className="help-or">or</span> : null}
          <span className="help-alt">
            {alternative.split(' ').map((step, stepIndex) => (
              <Fragment key={`${step}-${stepIndex}`}>
                {stepIndex > 0 ? <span className="help-then">then</span> : null}
                {chordKeys(step).map((key, keyIndex) => (
                  <Fragment key={key}>
                    {keyIndex > 0 ? <span className="help-plus">+</span> : null}
                    <kbd className="kbd">{key}</kbd>
                  </Fragment>
                ))}
              </Fragment>
            ))}
          </span>
        </Fragment>
      ))}
    </span>
  );
}

function Group({ group, current }: { group: ShortcutGroup; current?: boolean }) {
  const id = `shortcuts-${group.title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="help-group" aria-labelledby={id}>
      <h3 id={id}>
        {group.title}
        {current ? <span className="badge help-current">This screen</span> : null}
      </h3>
      <dl className="help-list">
        {group.lines.map((line) => (
          <div key={line.label} className="help-row">
            <dt>{line.label}</dt>
            <dd>
              <Keys line={line} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const [location] = useLocation();
  const screens = screenShortcutGroups();
  const isCurrent = (group: ShortcutGroup) =>
    group.route !== undefined && (location === group.route || location.startsWith(`${group.route}/`));
  const ordered = [...screens.filter(isCurrent), ...screens.filter((group) => !isCurrent(group))];
  return (
    <Dialog
      title="Keyboard shortcuts"
      description="Single keys work when you are not typing in a field."
      size="lg"
      onClose={onClose}
    >
      <div className="help-columns">
        <div className="help-column">
          {globalShortcuts.map((group) => (
            <Group key={group.title} group={group} />
          ))}
        </div>
        <div className="help-column">
          {ordered.map((group) => (
            <Group key={group.title} group={group} current={isCurrent(group)} />
          ))}
        </div>
      </div>
    </Dialog>
  );
}
