// Where each code's documentation page lives: docs/rules/<code>.md in the repository.
export const REPOSITORY_URL = 'https://github.com/postmark-zone/postmark-zone';

export function docsUrl(code: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${code}.md`;
}
