import { profilePictureUrl } from '../../profiles/pictures';

/** A learner's avatar; drawn on a 96 × 96 square. */
export function ProfilePicture({ name, alt = '', size = 96 }: { name: string; alt?: string; size?: number }) {
  return <img src={profilePictureUrl(name)} alt={alt} width={size} height={size} class="profile-picture" />;
}
