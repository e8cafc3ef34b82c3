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
