// What an intranet page needs: register the elements once.
import '@kollegalaering/components/define.js';

// The demo's own language switch: the element follows the page's lang attribute.
const switcher = document.querySelector<HTMLButtonElement>('#language');
switcher?.addEventListener('click', () => {
  const english = document.documentElement.lang === 'da';
  document.documentElement.lang = english ? 'en' : 'da';
  switcher.textContent = english ? 'Dansk' : 'English';
  switcher.lang = english ? 'da' : 'en';
});

// In a real intranet the login decides who someone is; the demo lets you switch.
const contract = document.querySelector('learning-contract');
const list = document.querySelector('contract-list');
const perspectiveChoice = document.querySelector<HTMLSelectElement>('#perspective');
perspectiveChoice?.addEventListener('change', () => {
  const perspective = perspectiveChoice.value;
  contract?.setAttribute('perspective', perspective);
  list?.setAttribute('perspective', perspective);
});
// Opening a contract from the list shows it below, on the same page.
list?.addEventListener('contract-open', (event) => {
  contract?.setAttribute('contract-id', event.detail.id);
  contract?.setAttribute('perspective', event.detail.perspective);
  if (perspectiveChoice) perspectiveChoice.value = event.detail.perspective;
});
document.querySelector<HTMLSelectElement>('#theme-choice')?.addEventListener('change', (event) => {
  const theme = document.querySelector<HTMLLinkElement>('#theme');
  if (theme)
    theme.href = `../packages/components/themes/${(event.target as HTMLSelectElement).value}.css`;
});
