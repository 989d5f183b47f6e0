/**
 * Hand-off to the rider's navigation app. The links come from the core (right coordinate
 * system per provider); the provider used last comes first and is marked.
 */
import { navigationLinks } from '../core/navLinks.ts';
import type { LngLat } from '../core/station.ts';
import type { NavProvider } from '../i18n/messages.ts';
import { useI18n } from './i18nContext.tsx';

interface Props {
  target: { lngLat: LngLat; name: string };
  origin: LngLat | null;
  lastUsed: NavProvider | null;
  onUse: (provider: NavProvider) => void;
}

export function NavLinks({ target, origin, lastUsed, onUse }: Props) {
  const { m } = useI18n();
  const links = navigationLinks(target, origin ?? undefined);
  const ordered = [...links].sort((a, b) => Number(b.provider === lastUsed) - Number(a.provider === lastUsed));
  return (
    <ul className="nav-links">
      {ordered.map((link) => {
        const isLast = link.provider === lastUsed;
        const web = /^https?:/i.test(link.url);
        return (
          <li key={link.provider}>
            <a
              className={`nav-link ${isLast ? 'nav-link--last' : ''}`}
              data-testid="nav-link"
              data-provider={link.provider}
              data-crs={link.crs}
              href={link.url}
              target={web ? '_blank' : undefined}
              rel={web ? 'noopener noreferrer' : undefined}
              onClick={() => onUse(link.provider)}
            >
              <span>{m.providers[link.provider]}</span>
              {isLast && <span className="nav-link__tag">{m.lastUsed}</span>}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
