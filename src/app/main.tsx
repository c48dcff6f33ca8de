import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>GPM Workbench</h1>);
