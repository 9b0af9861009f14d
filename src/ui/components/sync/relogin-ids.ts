/** The relogin banner's password field: the sync badge's "log in" button focuses it. */
export const RELOGIN_PASSWORD_ID = 'relogin-password';
