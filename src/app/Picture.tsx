interface Props {
  name: string;
  alt: string;
  class?: string;
}

import { pictureUrl } from '../lessons/pictures';

/** A lesson's own picture, on its home card; every one is drawn 320 × 200. */
export function Picture({ name, alt, class: className }: Props) {
  return <img src={pictureUrl(name)} alt={alt} width={320} height={200} class={className} decoding="async" />;
}
