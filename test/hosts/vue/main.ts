// Registers the elements, then mounts the Vue app that embeds one.
import '@kollegalaering/components/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
