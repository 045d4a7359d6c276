import { useT } from '../components/use-t';

export function ViewLoading() {
  const t = useT();
  return (
    <p role="status" className="view-loading">
      {t('load.view')}
    </p>
  );
}
