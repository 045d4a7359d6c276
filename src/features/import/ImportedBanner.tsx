import '../../lib/i18n/late-strings';
import { useT } from '../../components/use-t';

/** On every view of a dataset imported in this page: what it is, that it is not stored, and the way back. */
export function ImportedBanner({ title, onBack }: { title: string; onBack: () => void }) {
  const t = useT();
  return (
    <div className="banner banner-info" role="status">
      {t('import.banner', { title })}
      <button type="button" className="secondary" onClick={onBack}>
        {t('import.back')}
      </button>
    </div>
  );
}
