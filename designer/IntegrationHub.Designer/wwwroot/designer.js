// IntegrationHub designer: the few things that must happen over plain HTTP or in the browser.
// Sign-in, password change and sign-out call /api/auth with fetch so the cookie is set by a normal
// HTTP response (never over the Blazor circuit); theme preference and file downloads stay in the browser.
(() => {
    const safeLocal = (url) =>
        typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : '/';

    async function problemText(response) {
        try {
            const problem = await response.json();
            const details = problem.errors ? Object.values(problem.errors).flat() : [];
            const text = [problem.detail || problem.title, ...details].filter(Boolean).join(' ');
            return text || `The hub answered ${response.status}.`;
        } catch {
            return `The hub answered ${response.status}.`;
        }
    }

    async function postJson(url, body) {
        return fetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            credentials: 'same-origin',
        });
    }

    document.addEventListener('submit', async (event) => {
        const form = event.target instanceof HTMLFormElement ? event.target.closest('form[data-hub-auth]') : null;
        if (!form) {
            return;
        }

        event.preventDefault();
        const error = form.querySelector('[data-hub-error]');
        const button = form.querySelector('button[type=submit]');
        const data = Object.fromEntries(new FormData(form));
        const next = safeLocal(form.dataset.returnUrl);
        error.textContent = '';
        button.disabled = true;
        try {
            if (form.dataset.hubAuth === 'login') {
                const response = await postJson('/api/auth/login', { userName: data.userName, password: data.password });
                if (!response.ok) {
                    error.textContent = await problemText(response);
                    return;
                }

                const me = await response.json();
                location.assign(me.mustChangePassword ? '/account/password?ReturnUrl=' + encodeURIComponent(next) : next);
            } else {
                if (data.newPassword !== data.confirmPassword) {
                    error.textContent = 'The new password and its confirmation differ.';
                    return;
                }

                const response = await postJson('/api/auth/password', { currentPassword: data.currentPassword, newPassword: data.newPassword });
                if (!response.ok) {
                    error.textContent = await problemText(response);
                    return;
                }

                location.assign(next);
            }
        } catch {
            error.textContent = 'The hub cannot be reached. Check your connection and try again.';
        } finally {
            button.disabled = false;
        }
    });

    async function logout() {
        try {
            await postJson('/api/auth/logout');
        } finally {
            location.assign('/login');
        }
    }

    document.addEventListener('click', (event) => {
        if (event.target instanceof Element && event.target.closest('[data-hub-logout]')) {
            event.preventDefault();
            logout();
        }
    });

    window.hubDesigner = {
        logout,
        // Marks the page as interactive (the circuit rendered the layout), for people's scripts and browser tests alike.
        ready: () => document.documentElement.setAttribute('data-hub-ready', 'true'),
        getTheme: () => localStorage.getItem('ih.theme'),
        setTheme: (value) => localStorage.setItem('ih.theme', value),
        download: (fileName, content) => {
            const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
            const link = document.createElement('a');
            link.href = url;
            link.download = fileName;
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 1000);
        },
    };
})();
